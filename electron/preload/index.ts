// Preload (sandboxed, bundled to dist/electron/preload.cjs): exposes window.api and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';

contextBridge.exposeInMainWorld('api', createApi(ipcRenderer));

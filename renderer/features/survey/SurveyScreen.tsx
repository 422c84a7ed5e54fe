// The survey screen: in survey mode the recording screen; in the office, preparing a package and merging one.
import { useState } from 'react';
import { useApp } from '../../stores/app';
import { MergePanel } from './MergePanel';
import { PreparePanel } from './PreparePanel';
import { RecordSurvey } from './RecordSurvey';
import './survey.css';

export function SurveyScreen({ file }: { file?: string }) {
  const mode = useApp((s) => s.info?.mode);
  const [prepared, setPrepared] = useState<string | null>(null);
  if (mode === 'survey') return <RecordSurvey />;
  return (
    <div className="survey-office" data-testid="survey-office">
      <PreparePanel onPrepared={setPrepared} />
      <MergePanel key={file ?? prepared ?? ''} file={file} />
    </div>
  );
}

// A progress bar with its label (export, reading an import, writing it).
export function ProgressLine({
  progress,
  label,
  testId,
}: {
  progress: { done: number; total: number } | null;
  label: string;
  testId: string;
}) {
  return (
    <div className="progress" data-testid={testId} role="status">
      <progress max={progress?.total || 1} value={progress?.done ?? 0} />
      <span>{label}</span>
    </div>
  );
}

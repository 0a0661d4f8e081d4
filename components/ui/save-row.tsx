/** A form's submit button with the status line beside it that says when the form was saved. */
export function SaveRow({ label, status }: { label: string; status: string }) {
  return (
    <div className="button-row">
      <button type="submit" className="button button--secondary">
        {label}
      </button>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}

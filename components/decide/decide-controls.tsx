/**
 * Keeping answers: hidden until public/decide.js runs. Answers stay on this device; they can be downloaded as a file,
 * opened again from it, or cleared.
 */
export function DecideControls() {
  return (
    <div data-decide-controls hidden className="no-print decide-controls">
      <p className="text-sm">Your answers are saved in this browser only. Nothing is sent anywhere.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="button" data-decide-export>
          Download my answers
        </button>
        <label className="button">
          Open saved answers
          <input type="file" accept="application/json,.json" data-decide-import className="sr-only" />
        </label>
        <button type="button" className="button" data-decide-clear>
          Clear my answers
        </button>
      </div>
      <p role="status" data-decide-status className="mt-2 text-sm" />
    </div>
  )
}

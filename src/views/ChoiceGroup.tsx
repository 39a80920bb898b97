// A small group of radio buttons shown as a segmented control: for choices of two to four values
// (colour, size, Play's speed and window). Native radios in a fieldset, so the keyboard (arrows)
// and screen readers get a named group with one checked value.
export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

export function ChoiceGroup<T extends string | number>({
  legend,
  hideLegend = false,
  name,
  value,
  choices,
  onChange,
  testId,
}: {
  legend: string;
  hideLegend?: boolean;
  /** The radios' shared name (unique on the page). */
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange(value: T): void;
  testId?: string;
}) {
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <legend className={hideLegend ? "visually-hidden" : "choice-legend"}>{legend}</legend>
      <div className="choice-options">
        {choices.map((c) => (
          <label key={String(c.value)} className={c.value === value ? "choice on" : "choice"}>
            <input
              type="radio"
              name={name}
              value={String(c.value)}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

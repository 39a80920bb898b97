// Play over the years: play/pause, one year forward, speed (years per second), loop, and whether
// the window grows from its start or slides. The store holds it (never the URL); the play controller
// (./controllers/PlayController.tsx) times the steps.
import { useShallow } from "zustand/react/shallow";
import { PLAY_SPEEDS, type PlayMode } from "../filters/playback";
import { atlasStore } from "../store/atlasStore";
import { type Choice, ChoiceGroup } from "./ChoiceGroup";
import { useAtlasStore } from "./stores";

const PLAY_MODES: readonly Choice<PlayMode>[] = [
  { value: "grow", label: "grows" },
  { value: "slide", label: "slides" },
];

export function PlayControls() {
  const { playing, speed, loop, mode } = useAtlasStore(
    useShallow((s) => ({
      playing: s.play.playing,
      speed: s.play.speed,
      loop: s.play.loop,
      mode: s.play.mode,
    })),
  );
  const store = () => atlasStore.getState();
  return (
    <fieldset className="play" aria-label="Play over the years">
      <button
        type="button"
        className="button play-button"
        data-testid="play-button"
        aria-pressed={playing}
        onClick={() => (playing ? store().pausePlay() : store().startPlay())}
      >
        <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span> {playing ? "Pause" : "Play"}
      </button>
      <button
        type="button"
        className="button"
        data-testid="play-step"
        title="One year forward"
        onClick={() => {
          store().pausePlay();
          store().stepPlay();
        }}
      >
        <span aria-hidden="true">▶|</span>
        <span className="visually-hidden">One year forward</span>
      </button>
      <ChoiceGroup
        legend="Speed"
        hideLegend
        name="play-speed"
        testId="play-speed"
        value={speed}
        choices={PLAY_SPEEDS.map((v) => ({ value: v, label: `${v === 0.5 ? "½" : v}×` }))}
        onChange={(v) => store().setPlaySpeed(v)}
      />
      <ChoiceGroup
        legend="Window"
        hideLegend
        name="play-mode"
        testId="play-mode"
        value={mode}
        choices={PLAY_MODES}
        onChange={(m) => store().setPlayMode(m)}
      />
      <label className="check play-option">
        <input
          type="checkbox"
          data-testid="play-loop"
          checked={loop}
          onChange={(e) => store().setPlayLoop(e.currentTarget.checked)}
        />
        Loop
      </label>
    </fieldset>
  );
}

// Play over the years: play/pause, one year forward, speed, loop, and whether the window grows
// from its start or slides. The store holds it (never the URL); the play controller
// (./controllers/PlayController.tsx) times the steps.
import { useShallow } from "zustand/react/shallow";
import { PLAY_SPEEDS, type PlayMode } from "../filters/playback";
import { atlasStore, useAtlasStore } from "../store/atlasStore";

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
      <label className="play-option">
        <span className="visually-hidden">Speed</span>
        <select
          data-testid="play-speed"
          value={speed}
          onChange={(e) => store().setPlaySpeed(Number(e.currentTarget.value))}
        >
          {PLAY_SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v === 1 ? "1 year/s" : `${v} years/s`}
            </option>
          ))}
        </select>
      </label>
      <label className="play-option">
        <span className="visually-hidden">Window</span>
        <select
          data-testid="play-mode"
          value={mode}
          onChange={(e) => store().setPlayMode(e.currentTarget.value as PlayMode)}
        >
          <option value="grow">grows</option>
          <option value="slide">slides</option>
        </select>
      </label>
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

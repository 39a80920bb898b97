// Times Play: while the store says it is playing, one step (the store's stepPlay, an ordinary
// year-range change) every 1/speed seconds. The camera is left alone; a new graph, a load or the
// end of the years stops it (the reducers set playing to false).
import { useEffect } from "react";
import { playInterval } from "../../filters/playback";
import { atlasStore } from "../../store/atlasStore";

export function PlayController() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let scheduledFor: number | null = null;
    const clear = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      scheduledFor = null;
    };
    const schedule = () => {
      const { play, status } = atlasStore.getState();
      if (!play.playing || status !== "ready") {
        clear();
        return;
      }
      // Already waiting at this speed: a step's own store change must not restart the wait.
      if (timer !== null && scheduledFor === play.speed) return;
      clear();
      scheduledFor = play.speed;
      timer = setTimeout(() => {
        timer = null;
        scheduledFor = null;
        atlasStore.getState().stepPlay();
        schedule();
      }, playInterval(play.speed));
    };
    schedule();
    const unsubscribe = atlasStore.subscribe(schedule);
    return () => {
      unsubscribe();
      clear();
    };
  }, []);
  return null;
}

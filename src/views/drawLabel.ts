// Node labels with a light halo: labels in a dense neighbourhood overlap edges and each other,
// and a stroke in the background colour keeps each one readable (sigma's default has none).
import type { NodeLabelDrawingFunction } from "sigma/rendering";

const HALO = "rgba(251, 251, 252, 0.92)";

export const drawHaloLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 3.5;
  context.strokeStyle = HALO;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#1f2328";
  context.fillText(data.label, x, y);
};

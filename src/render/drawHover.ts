// The hovered and selected nodes' highlight: a white outline in the node's own shape (a ring for
// authors, a square frame for papers) and the label on a card beside it, drawn on sigma's hover
// layer above every other label, so the name being pointed at is always readable. sigma's
// default joins a round outline to a box, which reads wrong on square paper nodes.
import type { NodeHoverDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { canvasColors } from "./canvasTheme";
import { CARD_WEIGHT, cardPlacement, labelFont } from "./labelPlacer";

type HoverData = Parameters<NodeHoverDrawingFunction>[1];
type Shape = "circle" | "square";

const OUTLINE = 2.5;

function roundedRect(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  context.beginPath();
  context.moveTo(x + r, y);
  context.arcTo(x + w, y, x + w, y + h, r);
  context.arcTo(x + w, y + h, x, y + h, r);
  context.arcTo(x, y + h, x, y, r);
  context.arcTo(x, y, x + w, y, r);
  context.closePath();
}

function outline(context: CanvasRenderingContext2D, data: HoverData, shape: Shape): void {
  const r = data.size + OUTLINE;
  context.beginPath();
  if (shape === "square") context.rect(data.x - r, data.y - r, 2 * r, 2 * r);
  else context.arc(data.x, data.y, r, 0, Math.PI * 2);
  context.fill();
}

function drawHover(
  shape: Shape,
  context: CanvasRenderingContext2D,
  data: HoverData,
  settings: Settings,
): void {
  const size = settings.labelSize;
  context.font = labelFont(settings, CARD_WEIGHT);
  context.save();
  const colors = canvasColors();
  context.shadowColor = colors.shadow;
  context.shadowBlur = 6;
  context.fillStyle = colors.card;
  // The outline under the node (sigma redraws the node itself on top, in WebGL).
  outline(context, data, shape);
  if (typeof data.label === "string" && data.label !== "") {
    const width = context.measureText(data.label).width;
    // Same placement as the label placer reserved (left of the node near the right edge).
    const maxX = context.canvas?.clientWidth || Number.POSITIVE_INFINITY;
    const { spot, box } = cardPlacement(data, width, size, maxX);
    roundedRect(context, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0, 4);
    context.fill();
    context.shadowColor = "transparent";
    context.strokeStyle = colors.cardBorder;
    context.lineWidth = 1;
    context.stroke();
    context.fillStyle = settings.labelColor.color ?? "#1f2328";
    context.fillText(data.label, spot.x, spot.y);
  }
  context.restore();
}

export const drawCircleHover: NodeHoverDrawingFunction = (context, data, settings) =>
  drawHover("circle", context, data, settings as Settings);

export const drawSquareHover: NodeHoverDrawingFunction = (context, data, settings) =>
  drawHover("square", context, data, settings as Settings);

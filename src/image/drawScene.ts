import type { Mark, Scene } from './scene';

/** What the canvas needs of a 2D context (a real one in the browser). */
type Context = CanvasRenderingContext2D;

function strokeWith(ctx: Context, color: string, width: number, dash?: readonly number[]) {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash ? [...dash] : []);
  ctx.stroke();
}

function drawMark(ctx: Context, mark: Mark, font: string) {
  switch (mark.kind) {
    case 'rect':
      ctx.beginPath();
      if (mark.radius) ctx.roundRect(mark.x, mark.y, mark.width, mark.height, mark.radius);
      else ctx.rect(mark.x, mark.y, mark.width, mark.height);
      ctx.fillStyle = mark.fill;
      ctx.fill();
      if (mark.stroke) strokeWith(ctx, mark.stroke, mark.strokeWidth ?? 1, mark.dash);
      return;
    case 'path': {
      const path = new Path2D(mark.d);
      ctx.fillStyle = mark.fill;
      ctx.fill(path);
      ctx.strokeStyle = mark.stroke;
      ctx.lineWidth = mark.strokeWidth;
      ctx.lineJoin = 'round';
      ctx.setLineDash(mark.dash ? [...mark.dash] : []);
      ctx.stroke(path);
      return;
    }
    case 'circle':
      ctx.beginPath();
      ctx.arc(mark.cx, mark.cy, mark.r, 0, 2 * Math.PI);
      if (mark.fill) {
        ctx.fillStyle = mark.fill;
        ctx.fill();
      }
      strokeWith(ctx, mark.stroke, mark.strokeWidth);
      return;
    case 'line':
      ctx.beginPath();
      ctx.moveTo(mark.x1, mark.y1);
      ctx.lineTo(mark.x2, mark.y2);
      strokeWith(ctx, mark.stroke, mark.strokeWidth);
      return;
    case 'text':
      ctx.font = `${mark.weight} ${mark.size}px ${font}`;
      ctx.textAlign = mark.anchor === 'middle' ? 'center' : mark.anchor;
      ctx.textBaseline = 'alphabetic';
      if (mark.halo) {
        ctx.strokeStyle = mark.halo.color;
        ctx.lineWidth = mark.halo.width;
        ctx.lineJoin = 'round';
        ctx.setLineDash([]);
        ctx.strokeText(mark.text, mark.x, mark.y);
      }
      ctx.fillStyle = mark.fill;
      ctx.fillText(mark.text, mark.x, mark.y);
      return;
    case 'group': {
      ctx.save();
      ctx.beginPath();
      ctx.rect(...mark.clip);
      ctx.clip();
      ctx.translate(mark.dx, mark.dy);
      ctx.scale(mark.scale, mark.scale);
      for (const inner of mark.marks) drawMark(ctx, inner, font);
      ctx.restore();
    }
  }
}

/**
 * Paints the scene on a canvas `pixelRatio` times its size, mark by mark as sceneSvg writes them,
 * with `font` (the page's computed font-family) for the text, so the PNG is set in the page's type.
 */
export function drawScene(canvas: HTMLCanvasElement, scene: Scene, font: string, pixelRatio = 2) {
  canvas.width = Math.round(scene.width * pixelRatio);
  canvas.height = Math.round(scene.height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas here');
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const mark of scene.marks) drawMark(ctx, mark, font);
}

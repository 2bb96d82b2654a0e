import type { RadarFigures, RadarSeries } from "./chartData";

/**
 * A radar (spider) chart drawn as Excel draws the add-in's: one spoke per category, a polygon
 * ring per major unit of the value axis, one line with markers per series, title above and the
 * legend below (or right). Plain SVG sized to the cells the chart covers.
 */

const TITLE = 28;
const LEGEND = 26;
/** Markers differ by shape as well as colour, as the add-in's series do in Excel. */
const MARKERS = ["circle", "square", "diamond", "triangle"] as const;

function Marker({ x, y, colour, shape }: { x: number; y: number; colour: string; shape: number }) {
  const kind = MARKERS[shape % MARKERS.length];
  if (kind === "circle") return <circle cx={x} cy={y} r={3.5} fill={colour} />;
  if (kind === "square") return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />;
  const points =
    kind === "diamond"
      ? [x, y - 5, x + 5, y, x, y + 5, x - 5, y]
      : [x, y - 5, x + 4.5, y + 3.5, x - 4.5, y + 3.5];
  return <polygon points={points.join(",")} fill={colour} />;
}

/** A long category name on two lines, split at the space nearest its middle. */
function lines(text: string): string[] {
  if (text.length <= 16 || !text.includes(" ")) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index ?? 0);
  const cut = spaces.reduce((a, b) =>
    Math.abs(b - text.length / 2) < Math.abs(a - text.length / 2) ? b : a
  );
  return [text.slice(0, cut), text.slice(cut + 1)];
}

/** What a screen reader says for the picture: the title and every plotted value. */
function describe({ title, categories, series }: RadarFigures): string {
  const values = (s: RadarSeries) =>
    categories.map((c, i) => `${c} ${s.values[i] ?? "blank"}`).join(", ");
  return `${title || "Radar chart"}. ${series.map((s) => `${s.name}: ${values(s)}`).join(". ")}`;
}

export function RadarChart({
  figures,
  width,
  height,
}: {
  figures: RadarFigures;
  width: number;
  height: number;
}) {
  const { title, categories, series, minimum, maximum, majorUnit, legend } = figures;
  const right = legend === "Right" ? 120 : 0;
  const top = title ? TITLE : 8;
  const bottom = legend === "Bottom" ? LEGEND : 8;
  const [cx, cy] = [(width - right) / 2, top + (height - top - bottom) / 2];
  // Room around the rings for the category names: 80 px beside them, two lines above and below.
  const radius = Math.max(10, Math.min((width - right) / 2 - 80, (height - top - bottom) / 2 - 36));
  const n = Math.max(categories.length, 1);
  const at = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const r = (radius * (value - minimum)) / (maximum - minimum || 1);
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const rings: number[] = [];
  for (let v = minimum; v <= maximum + 1e-9 && rings.length < 50; v += majorUnit || 1)
    rings.push(v);
  const ring = (v: number) => categories.map((_, i) => at(i, v).join(",")).join(" ");

  return (
    <svg
      role="img"
      aria-label={describe(figures)}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="radar"
    >
      <rect width={width} height={height} fill="#fff" stroke="#d9d9d9" />
      {title && (
        <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#595959">
          {title}
        </text>
      )}
      <g stroke="#d9d9d9" fill="none">
        {rings.map((v) => (
          <polygon key={v} points={ring(v)} />
        ))}
        {categories.map((c, i) => (
          <line key={c + i} x1={cx} y1={cy} x2={at(i, maximum)[0]} y2={at(i, maximum)[1]} />
        ))}
      </g>
      <g fontSize={10} fill="#595959" textAnchor="end">
        {rings.map((v) => (
          <text key={v} x={cx - 4} y={at(0, v)[1] + 3}>
            {Number(v.toFixed(2))}
          </text>
        ))}
      </g>
      <g fontSize={11} fill="#404040">
        {categories.map((c, i) => {
          const [ex, ey] = at(i, maximum);
          const [x, y] = [ex + ((ex - cx) / radius) * 10, ey + ((ey - cy) / radius) * 10];
          const dx = x - cx;
          const anchor = Math.abs(dx) < radius * 0.2 ? "middle" : dx > 0 ? "start" : "end";
          const parts = lines(c);
          // Names above the plot end at their spoke, those below start there, the rest centre on it.
          const extra = (parts.length - 1) * 12;
          const y0 =
            y < cy - radius / 2 ? y - extra : y > cy + radius / 2 ? y + 8 : y + 4 - extra / 2;
          return (
            <text key={c + i} x={x} y={y0} textAnchor={anchor}>
              {parts.map((p, k) => (
                <tspan key={k} x={x} dy={k === 0 ? 0 : 12}>
                  {p}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      {series.map((s, k) => {
        const points = s.values.flatMap((v, i) => (v === null ? [] : [at(i, v)]));
        return (
          <g key={s.name + k}>
            <polygon
              points={points.map((p) => p.join(",")).join(" ")}
              fill="none"
              stroke={s.colour}
              strokeWidth={2.25}
            />
            {points.map(([x, y], i) => (
              <Marker key={i} x={x} y={y} colour={s.colour} shape={k} />
            ))}
          </g>
        );
      })}
      {legend && <Legend series={series} width={width} height={height} right={right} />}
    </svg>
  );
}

/** Each series' line and marker beside its name, centred below the plot or stacked on its right. */
function Legend({
  series,
  width,
  height,
  right,
}: {
  series: RadarSeries[];
  width: number;
  height: number;
  right: number;
}) {
  const widths = series.map((s) => 34 + s.name.length * 7);
  const total = widths.reduce((a, b) => a + b, 0);
  let x = (width - total) / 2;
  return (
    <g fontSize={11} fill="#404040">
      {series.map((s, k) => {
        const [lx, ly] = right
          ? [width - right + 8, height / 2 - (series.length * 18) / 2 + k * 18]
          : [x, height - 14];
        x += widths[k];
        return (
          <g key={s.name + k}>
            <line x1={lx} y1={ly} x2={lx + 22} y2={ly} stroke={s.colour} strokeWidth={2.25} />
            <Marker x={lx + 11} y={ly} colour={s.colour} shape={k} />
            <text x={lx + 28} y={ly + 4}>
              {s.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

// Image drawing and the upload processing pipeline. Images are drawn from SVG at start, so the
// repository holds no binary fixtures.
import sharp from "sharp";

export const MAX_SIDE = 4096;
export const THUMB_SIDE = 256;

const escapeXml = (s) =>
  String(s).replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]);

/** An SVG "photo": a coloured background, a box standing in for the item, and a caption. */
export function drawSvg({ width, height, hue, title, subtitle }) {
  const box = Math.round(Math.min(width, height) * 0.45);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="hsl(${hue},45%,82%)"/>
  <rect x="${(width - box) / 2}" y="${(height - box) / 2 - height * 0.06}" width="${box}" height="${box}"
    rx="${box / 10}" fill="hsl(${(hue + 180) % 360},40%,45%)" transform="rotate(${(hue % 17) - 8} ${width / 2} ${height / 2})"/>
  <text x="50%" y="${height * 0.86}" font-family="sans-serif" font-size="${Math.round(height / 14)}"
    text-anchor="middle" fill="#1f2937">${escapeXml(title)}</text>
  <text x="50%" y="${height * 0.94}" font-family="sans-serif" font-size="${Math.round(height / 22)}"
    text-anchor="middle" fill="#374151">${escapeXml(subtitle ?? "")}</text>
</svg>`;
}

/** Renders an SVG to the processed forms Sitoo stores: a capped JPEG and a 256x256 thumbnail. */
export async function renderPhoto(spec) {
  return processImage(Buffer.from(drawSvg(spec)));
}

/**
 * What Sitoo does after an upload: any supported input becomes a JPEG with no EXIF (sharp drops
 * metadata unless asked to keep it), the longest side capped at 4096, plus a 256x256 cover thumbnail.
 */
export async function processImage(input) {
  const base = sharp(input, { failOn: "error" }).rotate();
  const full = await base
    .clone()
    .resize(MAX_SIDE, MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: false })
    .toBuffer();
  const thumb = await base
    .clone()
    .resize(THUMB_SIDE, THUMB_SIDE, { fit: "cover" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 75 })
    .toBuffer();
  return { full, thumb };
}

/** A small, valid one-page PDF for catalog "spec sheet" files. */
export function makePdf(title) {
  const text = escapePdf(title);
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const escapePdf = (s) => String(s).replace(/[()\\]/g, (c) => `\\${c}`);

import "server-only";
import QRCode from "qrcode";
import { clientAddress } from "@/lib/api/request";

/** The questionnaire's address for a code, on the origin the clinician's browser used. */
export function reportUrl(origin: string, code: string): string {
  return `${origin}/report/${code}`;
}

/** The address as a QR code in SVG, rendered on the server (no script needed to show it). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/**
 * Who the code limit counts against: the address a trusted proxy reports, else every direct
 * client together (without TRUST_PROXY=1 the app cannot tell its clients apart; docs/security.md).
 */
export function codeClient(req: Request): string {
  return clientAddress(req) ?? "direct";
}

/** svg-to-pdfkit ships no types; this declares the one call the PDF export makes. */
declare module "svg-to-pdfkit" {
  interface FontOptions {
    fauxItalic: boolean;
    fauxBold: boolean;
  }
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: FontOptions) => string;
    warningCallback?: (message: string) => void;
  }
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
  export default SVGtoPDF;
}

package org.gatehouse.setup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The demo designs' files, drawn while the demo data loads: PNG artwork of crisp bags and of a multipack carton (900 ×
 * 600), a step and repeat, the carton's dieline and a 3D view of it, and one-page PDFs (a manufacturing drawing, a
 * colour proof). The lettering is the Liberation Sans that PDFBox ships, drawn as outlines in the PNGs and embedded in
 * the PDFs: no system font is needed, so a server image without fonts loads the demo just the same.
 */
final class DemoArtwork {

    /** What a pack's front says, and its colour. */
    record Pack(String kind, String flavour, String weight, Color colour) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    /** Where a bag's front and back are drawn on its artwork. */
    private static final int FRONT_X = 80;
    private static final int BACK_X = 520;
    private static final int PANEL_Y = 70;
    /** A bag's front or back before it is placed: 300 × 460 pixels, crimp seals included. */
    private static final int BAG_W = 300;
    private static final int BAG_H = 460;
    /** The barcode on a bag's back, and the crisps' window on its front, in pixels of the bag's artwork (annotations point at them). */
    static final Rectangle BARCODE = new Rectangle(BACK_X + 176, PANEL_Y + 326, 96, 70);
    static final Rectangle WINDOW = new Rectangle(FRONT_X + 50, PANEL_Y + 256, 200, 116);

    private static final Color PAPER = new Color(0xF4F3EF);
    private static final Color INK = new Color(0x2B2B2B);
    private static final Color GREY = new Color(0x8A8A8A);
    private static final Color CREAM = new Color(0xF7E7B0);
    private static final Color GOLD = new Color(0xE2B33C);
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont font;
    private final CmapLookup characters;
    private final float unitsPerEm;
    private final Map<Integer, Shape> glyphs = new HashMap<>();

    DemoArtwork() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            characters = font.getUnicodeCmapLookup();
            unitsPerEm = font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's Liberation Sans is missing", e);
        }
    }

    /** A bag's one-up artwork, front and back; {@code flash} is the front's round sticker, if any. */
    byte[] bag(String code, Pack pack, String flash) {
        return png(g -> {
            caption(g, code + " · one-up artwork · front and back");
            placed(g, FRONT_X, PANEL_Y, 1, () -> bagFront(g, pack, flash));
            placed(g, BACK_X, PANEL_Y, 1, () -> bagBack(g, pack, code));
            text(g, "Front", FRONT_X + BAG_W / 2f, 560, 14, GREY, 0.5f, false);
            text(g, "Back", BACK_X + BAG_W / 2f, 560, 14, GREY, 0.5f, false);
        });
    }

    /** A multipack carton's artwork: its front with the bags inside, and a side. */
    byte[] carton(String code, Pack pack, Pack bag) {
        return png(g -> {
            caption(g, code + " · one-up artwork · carton front and side");
            placed(g, 40, 90, 1, () -> cartonFront(g, pack, bag));
            placed(g, 610, 90, 1, () -> {
                g.setColor(pack.colour().darker());
                g.fill(new Rectangle2D.Float(0, 0, 250, 360));
                g.setColor(Color.WHITE);
                g.fill(new RoundRectangle2D.Float(16, 16, 218, 328, 14, 14));
                text(g, "Nutrition per 25 g bag", 28, 42, 14, INK, 0, true);
                nutrition(g, 28, 54, 194, 0.25f);
                barcode(g, code, 70, 250, 96, 70);
            });
        });
    }

    /** How the bags sit on the printing web: {@code across} × {@code down} fronts with registration and eye marks. */
    byte[] stepAndRepeat(String code, Pack pack, int across, int down) {
        return png(g -> {
            caption(g, code + " · step and repeat " + across + " × " + down + " · repeat 225 mm · web 900 mm");
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Float(30, 70, 840, 470));
            g.setColor(GREY);
            g.draw(new Rectangle2D.Float(30, 70, 840, 470));
            float scale = 0.42f;
            float gapX = (840 - across * BAG_W * scale) / (across + 1);
            float gapY = (470 - down * BAG_H * scale) / (down + 1);
            for (int i = 0; i < across; i++) {
                for (int j = 0; j < down; j++) {
                    float x = 30 + gapX + i * (BAG_W * scale + gapX);
                    float y = 70 + gapY + j * (BAG_H * scale + gapY);
                    placed(g, x, y, scale, () -> bagFront(g, pack, null));
                    g.setColor(INK);
                    g.fill(new Rectangle2D.Float(x - 14, y + BAG_H * scale - 6, 8, 4));
                }
            }
            for (float x : new float[] {48, 852}) {
                registrationMark(g, x, 90);
                registrationMark(g, x, 520);
            }
        });
    }

    /** The carton's dieline: where it is cut (solid) and creased (dashed), with its panels named. */
    byte[] dieline(String code) {
        return png(g -> {
            caption(g, code + " · die-cut · tuck-end carton 270 × 100 × 180 mm · 1 px = 1 mm");
            placed(g, 70, 125, 1, () -> {
                float[][] cut = {{20, 100}, {20, 15}, {35, 0}, {275, 0}, {290, 15}, {290, 100}, {300, 40}, {380, 40}, {390, 100},
                        {660, 100}, {670, 40}, {750, 40}, {760, 100}, {760, 280}, {750, 340}, {670, 340}, {660, 280}, {660, 365},
                        {645, 380}, {405, 380}, {390, 365}, {390, 280}, {380, 340}, {300, 340}, {290, 280}, {20, 280}, {0, 265}, {0, 115}};
                Path2D.Float outline = new Path2D.Float();
                outline.moveTo(cut[0][0], cut[0][1]);
                for (int i = 1; i < cut.length; i++) {
                    outline.lineTo(cut[i][0], cut[i][1]);
                }
                outline.closePath();
                g.setColor(Color.WHITE);
                g.fill(outline);
                g.setColor(new Color(0xD0021B));
                g.setStroke(new BasicStroke(2f));
                g.draw(outline);
                g.setColor(new Color(0x1E64C8));
                g.setStroke(dashed());
                for (float x : new float[] {20, 290, 390, 660}) {
                    g.draw(new Line2D.Float(x, 100, x, 280));
                }
                for (float[] fold : new float[][] {{20, 290, 100}, {290, 390, 100}, {660, 760, 100}, {290, 390, 280}, {390, 660, 280},
                        {660, 760, 280}}) {
                    g.draw(new Line2D.Float(fold[0], fold[2], fold[1], fold[2]));
                }
                g.setStroke(new BasicStroke(1f));
                String[][] panels = {{"Lid", "155", "55"}, {"Front", "155", "195"}, {"Side", "340", "195"}, {"Back", "525", "195"},
                        {"Side", "710", "195"}, {"Bottom", "525", "335"}, {"Dust flap", "340", "75"}, {"Dust flap", "710", "75"}};
                for (String[] panel : panels) {
                    text(g, panel[0], Float.parseFloat(panel[1]), Float.parseFloat(panel[2]), 14, GREY, 0.5f, false);
                }
                text(g, "Glue", 10, 195, 9, GREY, 0.5f, false);
                text(g, "270", 155, 272, 12, new Color(0x1E64C8), 0.5f, false);
                text(g, "180", 296, 250, 12, new Color(0x1E64C8), 0, false);
            });
            g.setColor(new Color(0xD0021B));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Float(70, 560, 120, 560));
            text(g, "Cut", 130, 565, 14, INK, 0, false);
            g.setColor(new Color(0x1E64C8));
            g.setStroke(dashed());
            g.draw(new Line2D.Float(200, 560, 250, 560));
            text(g, "Crease", 260, 565, 14, INK, 0, false);
        });
    }

    /** A 3D view of the carton: the front's artwork on one face, shaded sides, a shadow. */
    byte[] model(String code, Pack pack, Pack bag) {
        return png(g -> {
            caption(g, code + " · 3D model · carton 270 × 100 × 180 mm, rendered view");
            float w = 300;
            float d = 110;
            float h = 200;
            float x0 = 500;
            float y0 = 500;
            float cos = 0.866f;
            g.setColor(new Color(0, 0, 0, 40));
            g.fill(new Ellipse2D.Float(x0 - w * cos - 20, y0 - 70, w * cos + d * cos + 60, 110));
            // the front face: the carton's artwork, slanted up to the left
            AffineTransform before = g.getTransform();
            g.transform(new AffineTransform(cos, 0.5f, 0, 1, x0 - w * cos, y0 - w * 0.5f - h));
            g.scale(w / 540, h / 360);
            cartonFront(g, pack, bag);
            g.setTransform(before);
            Path2D.Float side = polygon(x0, y0, x0 + d * cos, y0 - d * 0.5f, x0 + d * cos, y0 - d * 0.5f - h, x0, y0 - h);
            g.setColor(pack.colour().darker().darker());
            g.fill(side);
            Path2D.Float top = polygon(x0, y0 - h, x0 - w * cos, y0 - w * 0.5f - h, x0 - w * cos + d * cos, y0 - w * 0.5f - d * 0.5f - h,
                    x0 + d * cos, y0 - d * 0.5f - h);
            g.setColor(tint(pack.colour(), 0.35f));
            g.fill(top);
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(side);
            g.draw(top);
            g.draw(polygon(x0, y0, x0 - w * cos, y0 - w * 0.5f, x0 - w * cos, y0 - w * 0.5f - h, x0, y0 - h));
        });
    }

    /** A bag's manufacturing drawing as a one-page PDF: outline, seals, notches and dimensions at 1:2, with a title block. */
    byte[] drawing(String code, String name) {
        return pdf((document, content, type) -> {
            float k = 72 / 25.4f / 2;
            float x = 110;
            float y = 80;
            float w = 220 * k;
            float h = 310 * k;
            float seal = 12 * k;
            content.setLineWidth(1);
            content.addRect(20, 20, 802, 555);
            content.stroke();
            content.setLineWidth(1.2f);
            content.addRect(x, y, w, h);
            content.stroke();
            content.setLineWidth(0.3f);
            content.setStrokingColor(GREY);
            for (float bottom : new float[] {y, y + h - seal}) {
                content.addRect(x, bottom, w, seal);
                for (float s = 0; s < w; s += 6) {
                    content.moveTo(x + s, bottom);
                    content.lineTo(Math.min(x + w, x + s + seal), bottom + Math.min(seal, w - s));
                }
                content.stroke();
            }
            content.setLineDashPattern(new float[] {6, 3}, 0);
            content.moveTo(x + w / 2, y + seal);
            content.lineTo(x + w / 2, y + h - seal);
            content.addRect(x + 5 * k, y + seal + 5 * k, w - 10 * k, h - 2 * seal - 10 * k);
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
            content.setStrokingColor(Color.BLACK);
            content.setNonStrokingColor(Color.BLACK);
            for (float[] notch : new float[][] {{x, 1}, {x + w, -1}}) {
                float ny = y + h - seal - 8 * k;
                content.moveTo(notch[0], ny + 4);
                content.lineTo(notch[0] + notch[1] * 6, ny);
                content.lineTo(notch[0], ny - 4);
                content.fill();
            }
            dimension(content, type, x, y - 22, x + w, y - 22, "220");
            dimension(content, type, x - 30, y, x - 30, y + h, "310");
            dimension(content, type, x + w + 22, y + h - seal, x + w + 22, y + h, "12");
            pdfText(content, type, 8, x + w / 2 + 4, y + h / 2, "fin seal 10 (back)");
            pdfText(content, type, 8, x + 5 * k + 3, y + seal + 5 * k + 3, "print area");
            float line = 520;
            pdfText(content, type, 12, 470, line, "Notes");
            for (String note : new String[] {"1. Dimensions in mm, tolerance ± 1 mm.", "2. Crimp seals 12 mm, serrated, top and bottom.",
                    "3. Fin seal 10 mm on the back, centred.", "4. Tear notches 8 mm below the top seal, both sides.",
                    "5. Print area 5 mm inside the seals and the edges.", "6. Reel: web 900 mm, 4 across, repeat 310 mm, unwind 4."}) {
                line -= 18;
                pdfText(content, type, 10, 470, line, note);
            }
            content.addRect(522, 20, 300, 110);
            for (float row = 42; row < 130; row += 22) {
                content.moveTo(522, row);
                content.lineTo(822, row);
            }
            content.stroke();
            String[] block = {"Crisp Snacks Co. · " + name, "Drawing " + code + "-MD, revision A",
                    "Laminate OPP 20 µm / metallised OPP 25 µm", "Scale 1:2 · A4 · dimensions in mm", "Gatehouse Services packaging studio"};
            for (int i = 0; i < block.length; i++) {
                pdfText(content, type, i == 0 ? 11 : 9, 530, 113 - i * 22, block[i]);
            }
        });
    }

    /** A colour proof as a one-page PDF: the artwork, the pack's colours with their values, and the proofing conditions. */
    byte[] proof(String code, String name, Pack pack) {
        // twice the size, so that the front stays sharp on the PDF's preview
        BufferedImage front = new BufferedImage(2 * BAG_W, 2 * BAG_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = front.createGraphics();
        try {
            smooth(g);
            g.scale(2, 2);
            bagFront(g, pack, null);
        } finally {
            g.dispose();
        }
        return pdf((document, content, type) -> {
            pdfText(content, type, 22, 40, 545, "Colour proof");
            pdfText(content, type, 13, 40, 522, name + " (" + code + ")");
            content.drawImage(LosslessFactory.createFromImage(document, front), 40, 90, 240, 368);
            Object[][] swatches = {{pack.colour(), "Pack colour (spot)", cmyk(pack.colour())}, {new Color(0x3C963C), "Flake green", "C70 M0 Y100 K10"},
                    {CREAM, "Window cream", "C0 M6 Y30 K0"}, {GOLD, "Crisp gold", "C0 M30 Y85 K5"},
                    {Color.WHITE, "Opaque white", "white ink 100 %"}, {new Color(0x1E1E1E), "Text black", "K100"}};
            for (int i = 0; i < swatches.length; i++) {
                float sx = 320 + (i % 2) * 250;
                float sy = 410 - (i / 2) * 110;
                content.setNonStrokingColor((Color) swatches[i][0]);
                content.setStrokingColor(GREY);
                content.addRect(sx, sy, 90, 70);
                content.fillAndStroke();
                content.setNonStrokingColor(Color.BLACK);
                pdfText(content, type, 11, sx + 100, sy + 48, (String) swatches[i][1]);
                pdfText(content, type, 9, sx + 100, sy + 32, (String) swatches[i][2]);
            }
            for (int i = 0; i < 12; i++) {
                content.setNonStrokingColor(tint(pack.colour(), i / 12f));
                content.addRect(320 + i * 40, 150, 40, 24);
                content.fill();
            }
            content.setNonStrokingColor(Color.BLACK);
            pdfText(content, type, 9, 320, 132, "Control strip: the pack colour from 100 % to 8 %, in steps of 8 %.");
            pdfText(content, type, 9, 40, 60, "Proofed to ISO 12647-2, FOGRA51 (PSO Coated v3), measured M1 under D50/2°: ΔE00 ≤ 2.0 on every patch.");
            pdfText(content, type, 9, 40, 46, "Colours on a screen differ from print: approve on the portal before the plates are made.");
        });
    }

    /** What draws a PDF's one page, with the document's embedded font. */
    private interface Page {
        void draw(PDDocument document, PDPageContentStream content, PDType0Font type) throws IOException;
    }

    /** A one-page A4 landscape PDF with Liberation Sans embedded (only the letters used). */
    private byte[] pdf(Page page) {
        try (PDDocument document = new PDDocument()) {
            PDPage a4 = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(a4);
            PDType0Font type = PDType0Font.load(document, font, true);
            try (PDPageContentStream content = new PDPageContentStream(document, a4)) {
                page.draw(document, content, type);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a demo PDF", e);
        }
    }

    private static void pdfText(PDPageContentStream content, PDType0Font type, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(type, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A dimension line with arrowheads at both ends and its length written beside its middle. */
    private static void dimension(PDPageContentStream content, PDType0Font type, float x1, float y1, float x2, float y2, String length)
            throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        boolean across = y1 == y2;
        for (float[] end : new float[][] {{x1, y1, 1}, {x2, y2, -1}}) {
            content.moveTo(end[0], end[1]);
            if (across) {
                content.lineTo(end[0] + end[2] * 6, end[1] + 2.5f);
                content.lineTo(end[0] + end[2] * 6, end[1] - 2.5f);
            } else {
                content.lineTo(end[0] + 2.5f, end[1] + end[2] * 6);
                content.lineTo(end[0] - 2.5f, end[1] + end[2] * 6);
            }
            content.fill();
        }
        if (across) {
            pdfText(content, type, 9, (x1 + x2) / 2 - 7, y1 + 4, length);
        } else {
            pdfText(content, type, 9, x1 + 4, (y1 + y2) / 2 - 3, length);
        }
    }

    private void bagFront(Graphics2D g, Pack pack, String flash) {
        bagBody(g, pack.colour());
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new RoundRectangle2D.Float(30, 40, 240, 40, 40, 40));
        text(g, "CRISP SNACKS CO.", 150, 67, 19, pack.colour().darker(), 0.5f, true);
        text(g, pack.kind().toUpperCase(), 150, 120, 22, tint(pack.colour(), 0.75f), 0.5f, true);
        float y = 168;
        for (String line : lines(pack.flavour(), 40, 260)) {
            text(g, line, 150, y, 40, Color.WHITE, 0.5f, true);
            y += 44;
        }
        g.setColor(CREAM);
        g.fill(new Ellipse2D.Float(50, 256, 200, 116));
        float[][] crisps = {{95, 300, 20}, {140, 290, -15}, {185, 305, 35}, {120, 335, -40}, {170, 340, 10}, {210, 330, -25}};
        for (float[] crisp : crisps) {
            AffineTransform before = g.getTransform();
            g.rotate(Math.toRadians(crisp[2]), crisp[0], crisp[1]);
            Shape shape = new Ellipse2D.Float(crisp[0] - 26, crisp[1] - 15, 52, 30);
            g.setColor(GOLD);
            g.fill(shape);
            g.setColor(GOLD.darker());
            g.draw(shape);
            g.setTransform(before);
        }
        text(g, pack.weight(), 280, 428, 26, Color.WHITE, 1, true);
        if (flash != null) {
            g.setColor(new Color(0xFFD23F));
            g.fill(new Ellipse2D.Float(22, 380, 84, 60));
            float line = lines(flash, 13, 70).size() == 1 ? 415 : 406;
            for (String part : lines(flash, 13, 70)) {
                text(g, part, 64, line, 13, INK, 0.5f, true);
                line += 15;
            }
        }
    }

    private void bagBack(Graphics2D g, Pack pack, String code) {
        bagBody(g, pack.colour());
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Float(18, 34, 264, 392, 16, 16));
        text(g, "Ingredients", 30, 58, 14, INK, 0, true);
        float y = 76;
        for (String line : lines(pack.kind().equals("Chips")
                ? "Pommes de terre, huile de tournesol (31 %), assaisonnement " + pack.flavour().toLowerCase() + " (4 %), sel."
                : "Potatoes, sunflower oil (31%), " + pack.flavour().toLowerCase() + " seasoning (4%), salt.", 11, 240)) {
            text(g, line, 30, y, 11, INK, 0, false);
            y += 14;
        }
        text(g, "Nutrition per 100 g", 30, 136, 14, INK, 0, true);
        nutrition(g, 30, 148, 240, 1);
        g.setColor(new Color(0x2E7D32));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new RoundRectangle2D.Float(30, 330, 130, 52, 10, 10));
        text(g, "Recycle with bags", 95, 352, 11, new Color(0x2E7D32), 0.5f, true);
        text(g, "at larger stores", 95, 368, 11, new Color(0x2E7D32), 0.5f, false);
        barcode(g, code, BARCODE.x - BACK_X, BARCODE.y - PANEL_Y, BARCODE.width, BARCODE.height);
        text(g, "Best before: see top of pack", 30, 412, 10, GREY, 0, false);
    }

    private void cartonFront(Graphics2D g, Pack pack, Pack bag) {
        g.setColor(pack.colour());
        g.fill(new Rectangle2D.Float(0, 0, 540, 360));
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new RoundRectangle2D.Float(24, 22, 250, 40, 40, 40));
        text(g, "CRISP SNACKS CO.", 149, 49, 19, pack.colour().darker(), 0.5f, true);
        float y = 112;
        for (String line : lines(pack.flavour(), 40, 360)) {
            text(g, line, 28, y, 40, Color.WHITE, 0, true);
            y += 44;
        }
        text(g, pack.kind(), 28, y + 4, 22, tint(pack.colour(), 0.75f), 0, true);
        g.setColor(new Color(0xFFD23F));
        g.fill(new Ellipse2D.Float(400, 30, 116, 116));
        text(g, pack.weight(), 458, 96, 20, INK, 0.5f, true);
        for (int i = 0; i < 6; i++) {
            float x = 28 + i * 84;
            placed(g, x, 200, 0.3f, () -> bagFront(g, bag, null));
        }
    }

    private static void bagBody(Graphics2D g, Color colour) {
        g.setColor(colour);
        g.fill(new Rectangle2D.Float(0, 12, BAG_W, BAG_H - 24));
        for (float top : new float[] {0, BAG_H - 14}) {
            g.setColor(colour.darker());
            g.fill(new Rectangle2D.Float(0, top, BAG_W, 14));
            g.setColor(tint(colour, 0.3f));
            g.setStroke(new BasicStroke(1f));
            for (float x = 3; x < BAG_W; x += 5) {
                g.draw(new Line2D.Float(x, top + 1, x, top + 13));
            }
        }
    }

    private void nutrition(Graphics2D g, float x, float y, float width, float portion) {
        String[][] rows = {{"Energy", "2180 kJ / 522 kcal"}, {"Fat", "31 g"}, {"  of which saturates", "2.6 g"}, {"Carbohydrate", "53 g"},
                {"  of which sugars", "0.9 g"}, {"Protein", "6.4 g"}, {"Salt", "1.3 g"}};
        g.setStroke(new BasicStroke(0.8f));
        for (int i = 0; i < rows.length; i++) {
            float row = y + 4 + i * 22;
            g.setColor(new Color(0xDDDDDD));
            g.draw(new Line2D.Float(x, row, x + width, row));
            text(g, rows[i][0], x + 2, row + 16, 11, INK, 0, false);
            text(g, portion == 1 ? rows[i][1] : portioned(rows[i][1], portion), x + width - 2, row + 16, 11, INK, 1, false);
        }
    }

    private static String portioned(String value, float portion) {
        if (value.contains("kJ")) {
            return Math.round(2180 * portion) + " kJ / " + Math.round(522 * portion) + " kcal";
        }
        return String.format(java.util.Locale.ROOT, "%.1f g", Float.parseFloat(value.replace(" g", "")) * portion);
    }

    /** Bars from the code's characters (a picture of a barcode, not a readable one) and digits below. */
    private void barcode(Graphics2D g, String code, float x, float y, float width, float height) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Float(x, y, width, height));
        g.setColor(Color.BLACK);
        float bar = x + 6;
        int seed = code.hashCode();
        while (bar < x + width - 8) {
            seed = seed * 1103515245 + 12345;
            float thick = 1 + ((seed >>> 16) & 3);
            g.fill(new Rectangle2D.Float(bar, y + 4, thick, height - 20));
            bar += thick + 1 + ((seed >>> 20) & 1) * 2;
        }
        String digits = String.format("5 0%05d %06d", Math.abs(code.hashCode()) % 100000, Math.abs(code.hashCode() / 7) % 1000000);
        text(g, digits, x + width / 2, y + height - 4, 10, INK, 0.5f, false);
    }

    private static void registrationMark(Graphics2D g, float x, float y) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Ellipse2D.Float(x - 7, y - 7, 14, 14));
        g.draw(new Line2D.Float(x - 11, y, x + 11, y));
        g.draw(new Line2D.Float(x, y - 11, x, y + 11));
    }

    private void caption(Graphics2D g, String caption) {
        text(g, caption, 40, 42, 16, GREY, 0, false);
    }

    /** Text drawn from the font's outlines; {@code anchor} 0 puts (x, y) at its start, 0.5 at its middle, 1 at its end. */
    private void text(Graphics2D g, String text, float x, float y, float size, Color colour, float anchor, boolean bold) {
        Shape shape = AffineTransform.getTranslateInstance(x - anchor * width(text, size), y).createTransformedShape(outline(text, size));
        g.setColor(colour);
        g.fill(shape);
        if (bold) {
            g.setStroke(new BasicStroke(size / 24));
            g.draw(shape);
        }
    }

    /** The text in lines no wider than {@code width}, broken between words. */
    private List<String> lines(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, size) > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    private Shape outline(String text, float size) {
        Path2D.Float path = new Path2D.Float();
        float scale = size / unitsPerEm;
        float x = 0;
        for (int i = 0; i < text.length(); ) {
            int glyph = characters.getGlyphId(text.codePointAt(i));
            i += Character.charCount(text.codePointAt(i));
            path.append(new AffineTransform(scale, 0, 0, -scale, x, 0).createTransformedShape(glyph(glyph)), false);
            x += advance(glyph) * scale;
        }
        return path;
    }

    private float width(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            width += advance(characters.getGlyphId(text.codePointAt(i)));
            i += Character.charCount(text.codePointAt(i));
        }
        return width * size / unitsPerEm;
    }

    private Shape glyph(int id) {
        return glyphs.computeIfAbsent(id, key -> {
            try {
                GlyphData data = font.getGlyph().getGlyph(key);
                return data == null ? new GeneralPath() : data.getPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private int advance(int glyph) {
        try {
            return font.getAdvanceWidth(glyph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    private static void placed(Graphics2D g, float x, float y, float scale, Runnable drawing) {
        AffineTransform before = g.getTransform();
        g.translate(x, y);
        g.scale(scale, scale);
        drawing.run();
        g.setTransform(before);
    }

    private static Path2D.Float polygon(float... xy) {
        Path2D.Float polygon = new Path2D.Float();
        polygon.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            polygon.lineTo(xy[i], xy[i + 1]);
        }
        polygon.closePath();
        return polygon;
    }

    /** The colour mixed with white: 0 is the colour, 1 white. */
    private static Color tint(Color colour, float white) {
        return new Color(Math.round(colour.getRed() + (255 - colour.getRed()) * white), Math.round(colour.getGreen() + (255 - colour.getGreen()) * white),
                Math.round(colour.getBlue() + (255 - colour.getBlue()) * white));
    }

    /** Rough process values of a screen colour, as a proof lists them. */
    private static String cmyk(Color colour) {
        float[] rgb = colour.getRGBColorComponents(null);
        float k = 1 - Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        float[] cmy = new float[3];
        for (int i = 0; i < 3; i++) {
            cmy[i] = k == 1 ? 0 : (1 - rgb[i] - k) / (1 - k);
        }
        return "C" + Math.round(cmy[0] * 100) + " M" + Math.round(cmy[1] * 100) + " Y" + Math.round(cmy[2] * 100) + " K" + Math.round(k * 100);
    }

    private static BasicStroke dashed() {
        return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f);
    }
}

package org.gatehouse.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Preview images of uploaded files, as PNG at most {@link #WIDTH} pixels wide: images through ImageIO (TwelveMonkeys
 * adds TIFF and Photoshop files), a PDF's first page rendered by PDFBox. A file of any other kind, or one that cannot
 * be read, has no preview; the file itself is kept all the same.
 */
public final class Previews {

    public static final int WIDTH = 1200;
    /** Huge artwork is decoded at a fraction of its size, so a preview never needs the whole image in memory. */
    private static final int DECODED = 2 * WIDTH;
    private static final Logger LOG = Logger.getLogger(Previews.class.getName());

    static {
        // the plugins in the application's own jars (TwelveMonkeys), which ImageIO's first scan did not see
        ImageIO.scanForPlugins();
    }

    private Previews() {
    }

    /** A PNG preview of the file's content, if its type has one. */
    public static Optional<byte[]> of(InputStream content, String contentType) {
        try (content) {
            BufferedImage image = "application/pdf".equals(contentType) ? firstPage(content)
                    : contentType.startsWith("image/") ? image(content) : null;
            return image == null ? Optional.empty() : Optional.of(png(scaled(image)));
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.INFO, "No preview of a file of type " + contentType + ": " + unreadable);
            return Optional.empty();
        }
    }

    private static BufferedImage firstPage(InputStream content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            if (pdf.getNumberOfPages() == 0) {
                return null;
            }
            PDRectangle page = pdf.getPage(0).getCropBox();
            // at most WIDTH wide and DECODED high: a page of absurd proportions is drawn small, not into memory whole
            float dpi = Math.min(150f, Math.min(WIDTH * 72f / Math.max(1f, page.getWidth()), DECODED * 72f / Math.max(1f, page.getHeight())));
            return new PDFRenderer(pdf).renderImageWithDPI(0, dpi);
        }
    }

    private static BufferedImage image(InputStream content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(content)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int largest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (largest + DECODED - 1) / DECODED);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int width = Math.min(WIDTH, image.getWidth());
        int height = Math.max(1, Math.round(image.getHeight() * (width / (float) image.getWidth())));
        BufferedImage preview = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = preview.createGraphics();
        try {
            // transparent artwork shows on white, as on paper
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return preview;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

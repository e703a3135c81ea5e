package org.gatehouse.assets;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code of an asset's label (seed 004): it opens the asset's page in the portal, so someone standing at the
 * machine signs in and raises a request there. Drawn by ZXing; medium error correction survives a scratched sticker.
 */
public final class AssetLabels {

    private AssetLabels() {
    }

    /** The asset's page in the portal. */
    public static URI portalPage(URI portal, long assetId) {
        return portal.resolve("asset.xhtml?id=" + assetId);
    }

    /** A PNG of the QR code for the address, {@code pixels} wide and high, quiet zone included. */
    public static byte[] qrPng(URI address, int pixels) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(address.toString(), BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for " + address, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

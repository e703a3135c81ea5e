package org.gatehouse.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** An asset label's QR code, read back as a phone's camera would: it opens the asset's page in the portal. */
class AssetLabelsTest {

    @Test
    void theCodeOpensTheAssetsPageInThePortal() throws Exception {
        URI page = AssetLabels.portalPage(URI.create("https://portal.example.test/portal/"), 4711);
        assertThat(page).hasToString("https://portal.example.test/portal/asset.xhtml?id=4711");

        assertThat(read(AssetLabels.qrPng(page, 240))).isEqualTo(page.toString());
    }

    /** The text a QR reader finds in the PNG. */
    static String read(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
    }
}

package com.payerlink.twofactor.domain;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeTest {

    private static final int SCALE = 4;

    @Test
    void the_svg_drawn_on_the_server_reads_back_as_the_otpauth_link() throws Exception {
        String link = "otpauth://totp/Payerlink:admin%40example.test?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Payerlink";
        String svg = QrCode.svg(link);

        assertThat(new QRCodeReader().decode(bitmapOf(svg)).getText()).isEqualTo(link);
        assertThat(QrCode.dataUri(link)).startsWith("data:image/svg+xml;base64,");
    }

    // paints the SVG's squares (M x,y h1v1h-1z) into pixels, as a phone's camera would see them
    private static BinaryBitmap bitmapOf(String svg) {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int width = modules * SCALE;
        int[] pixels = new int[width * width];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * width + x * SCALE + dx] = 0;
                }
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
    }

}

package org.gatehouse.cases;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The content type of a file, from its first bytes: a browser's claim is never trusted, since an attachment
 * is served back to other people. A small table of the formats customers send; anything else is
 * {@code application/octet-stream}. HTML is never detected as such: it is served as plain text, so that an
 * attachment cannot run script in Gatehouse's pages.
 */
public final class ContentTypes {

    /** How many leading bytes {@link #detect} looks at. */
    public static final int HEAD = 8192;

    public static final String OCTET_STREAM = "application/octet-stream";
    public static final String TEXT = "text/plain; charset=UTF-8";

    private static final Signature[] SIGNATURES = {
            new Signature("application/pdf", 0, "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            new Signature("image/png", 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
            new Signature("image/jpeg", 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
            new Signature("image/gif", 0, "GIF87a".getBytes(StandardCharsets.US_ASCII)),
            new Signature("image/gif", 0, "GIF89a".getBytes(StandardCharsets.US_ASCII)),
            new Signature("image/tiff", 0, new byte[] {'I', 'I', 42, 0}),
            new Signature("image/tiff", 0, new byte[] {'M', 'M', 0, 42}),
            new Signature("application/gzip", 0, new byte[] {0x1f, (byte) 0x8b}),
            new Signature("application/x-7z-compressed", 0, new byte[] {'7', 'z', (byte) 0xbc, (byte) 0xaf, 0x27, 0x1c}),
            // the compound file of Word, Excel and PowerPoint before 2007, and of Outlook messages
            new Signature("application/x-ole-storage", 0, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1}),
            new Signature("video/mp4", 4, "ftyp".getBytes(StandardCharsets.US_ASCII)),
    };

    private ContentTypes() {
    }

    /** The content type of a file whose first {@code length} bytes are in {@code head} (at most {@link #HEAD} are looked at). */
    public static String detect(byte[] head, int length) {
        byte[] bytes = Arrays.copyOf(head, Math.min(length, Math.min(head.length, HEAD)));
        for (Signature signature : SIGNATURES) {
            if (signature.matches(bytes)) {
                return signature.type;
            }
        }
        if (startsWith(bytes, 0, new byte[] {'P', 'K', 3, 4})) {
            return zipType(bytes);
        }
        if (startsWith(bytes, 0, "RIFF".getBytes(StandardCharsets.US_ASCII)) && startsWith(bytes, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return "image/webp";
        }
        return isText(bytes) ? TEXT : OCTET_STREAM;
    }

    /** Office documents since 2007 are ZIP files whose first entries name the kind. */
    private static String zipType(byte[] bytes) {
        String names = new String(bytes, StandardCharsets.ISO_8859_1);
        if (names.contains("word/")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (names.contains("xl/")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (names.contains("ppt/")) {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        }
        return "application/zip";
    }

    /** UTF-8 (ASCII included) without control characters other than tabs, line and page breaks. */
    private static boolean isText(byte[] bytes) {
        int end = bytes.length;
        // the head may end inside a multi-byte character: leave that character out
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xff;
            if (b < 0x80) {
                break;
            }
            if (b >= 0xc0) {
                int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                if (needed > back) {
                    end -= back;
                }
                break;
            }
        }
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private record Signature(String type, int offset, byte[] magic) {

        boolean matches(byte[] bytes) {
            return startsWith(bytes, offset, magic);
        }
    }
}

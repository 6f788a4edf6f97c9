package org.quotedesk.catalogue.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two quote texts the same for duplicate detection: Unicode compatibility form, case,
 * curly or straight quote marks and runs of white space do not count.
 */
public final class TextFingerprint {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟″«»]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TextFingerprint() {
    }

    public static String of(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normalised = SINGLE_QUOTES.matcher(normalised).replaceAll("'");
        normalised = DOUBLE_QUOTES.matcher(normalised).replaceAll("\"");
        normalised = WHITE_SPACE.matcher(normalised).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

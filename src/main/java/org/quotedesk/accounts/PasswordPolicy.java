package org.quotedesk.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, wherever one is set (an admin's form, one's own account page, the first
 * admin's from the environment): long enough, no longer than bcrypt reads, and not guessable from
 * the words, runs and repeats people reach for first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt ignores every byte past the 72nd: a longer password would match any with its start. */
    public static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;

    /** Words that make the letters of a weak password, as people write them (digits and symbols aside). */
    private static final Set<String> WEAK_WORDS = Set.of("password", "passwort", "motdepasse", "admin",
            "administrator", "root", "user", "login", "welcome", "letmein", "hello", "secret", "changeme", "default",
            "master", "iloveyou", "love", "monkey", "dragon", "shadow", "sunshine", "princess", "football",
            "baseball", "soccer", "superman", "batman", "starwars", "freedom", "whatever", "trustno", "test",
            "guest", "quotedesk", "editor", "access", "qazwsx");
    /** Twice over, so that a run going round ("789012") is found too. */
    private static final String[] RUNS = {"abcdefghijklmnopqrstuvwxyz".repeat(2), "qwertyuiopasdfghjklzxcvbnm".repeat(2),
        "azertyuiopqsdfghjklmwxcvbn".repeat(2), "qwertzuiopasdfghjklyxcvbnm".repeat(2), "0123456789".repeat(2)};

    private PasswordPolicy() {
    }

    /** What is wrong with the password for this account, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes (about " + MAX_BYTES
                    + " letters without accents): longer ones are cut there");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the user name");
        }
        if (lower.chars().distinct().count() < MIN_DISTINCT) {
            return Optional.of("must use at least " + MIN_DISTINCT + " different characters");
        }
        if (guessable(lower)) {
            return Optional.of("is too easy to guess: a common word, a keyboard run or a repeat, with digits or"
                    + " symbols around it; use a few unrelated words instead");
        }
        return Optional.empty();
    }

    /**
     * Its word, once the digits and symbols around it are taken off and those inside it are read
     * as the letters they stand for ("P@ssw0rd!2024" is "password"), is a weak word, a run or a
     * repeat; or it has no word at all, and its digits are a run or a repeat.
     */
    private static boolean guessable(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (core.isEmpty()) {
            String digits = lower.replaceAll("[^0-9]", "");
            return digits.isEmpty() || isRun(digits) || isRepeat(digits);
        }
        StringBuilder letters = new StringBuilder();
        for (char c : core.toCharArray()) {
            char read = switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            };
            if (Character.isLetter(read)) {
                letters.append(read);
            }
        }
        String word = letters.toString();
        return WEAK_WORDS.contains(word) || isRun(word) || isRepeat(word)
                || WEAK_WORDS.stream().anyMatch(w -> word.equals(w + w) || word.equals(w + "s"));
    }

    /** Part of the alphabet, a keyboard row or the digits, forwards or backwards. */
    private static boolean isRun(String s) {
        if (s.length() < 4) {
            return false;
        }
        for (String run : RUNS) {
            if (run.contains(s) || new StringBuilder(run).reverse().toString().contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The same short piece over and over: "abcabcabc", "aaaa". */
    private static boolean isRepeat(String s) {
        for (int period = 1; period <= s.length() / 2; period++) {
            if (s.length() % period == 0 && s.substring(0, period).repeat(s.length() / period).equals(s)) {
                return true;
            }
        }
        return false;
    }
}

package org.quotedesk.extraction;

import java.util.List;
import java.util.Locale;

/**
 * "des Landes Niedersachsen", "der wirtschaftlichen Lage Deutschlands", "zum Rücktritt Hartmanns": where
 * every noun is capitalised, the capitalised word right after an article (inflected adjectives between
 * allowed) is the noun of a noun phrase, no one's first name; only the capitalised words after it may name someone.
 */
final class NounPhraseHead {

    /** How many inflected adjectives ("der schwierigen wirtschaftlichen Lage") may stand between the article and its noun. */
    private static final int ADJECTIVES = 3;

    private NounPhraseHead() {
    }

    /** "die Zeitung": the noun, lower case, of a mention that is only an article and a capitalised noun, else null. */
    static String bodyNoun(Language language, String mention) {
        String[] words = mention.split(" ");
        return language.says("nouns-capitalized") && words.length == 2 && language.has("determiners", words[0])
                && words[1].length() > 2 && Character.isUpperCase(words[1].charAt(0))
                && words[1].chars().allMatch(Character::isLetter) ? words[1].toLowerCase(Locale.ROOT) : null;
    }

    /**
     * "die Ministerin", "der frühere Bürgermeister", "die Grünen-Chefin": where nouns are capitalised, an article, lower-case
     * adjectives and one capitalised noun, a description of someone that a name met before may stand for.
     */
    static boolean capitalizedDescription(Language language, String mention) {
        String[] words = mention.split(" ");
        if (!language.says("nouns-capitalized") || words.length < 2 || words.length > 2 + ADJECTIVES
                || !language.has("determiners", words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (!Character.isLowerCase(words[i].charAt(0))) {
                return false;
            }
        }
        String noun = words[words.length - 1];
        return Character.isUpperCase(noun.charAt(0)) && noun.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /**
     * Whether the {@code i}-th of a sentence's words, opening a run of capitalised words that ends at {@code runEnd},
     * is a noun after its article, joined by spaces alone. A run of two is read so only with a genitive in it
     * ("Lage Hessens", "Landes Hessen"): in "der Sänger Heino" the second word alone names the person.
     */
    static boolean at(String text, List<Word> words, int i, int runEnd, Language language) {
        if (!language.says("nouns-capitalized") || runEnd - i == 2 && !genitive(words, i, language) && !genitive(words, i + 1, language)) {
            return false;
        }
        if (language.endsWith("noun-endings", words.get(i).lower())) {
            // "Absetzung Swantje Hartmanns": a word with a noun's ending is no first name, article or not.
            return true;
        }
        for (int k = i - 1; k >= 0 && k >= i - 1 - ADJECTIVES; k--) {
            if (!text.substring(words.get(k).end(), words.get(k + 1).start()).equals(" ")) {
                return false;
            }
            Word w = words.get(k);
            String lower = w.lower();
            if (article(lower, language)) {
                // ", die Peter Weber wählten": after a comma the article is a relative pronoun, the name its clause's subject.
                return k < i - 1 || k == 0 || !text.substring(words.get(k - 1).end(), w.start()).contains(",");
            }
            // "die 28-jährige Anna Weber": an age or a compound before a name is no adjective of a noun.
            if (w.capitalized() || !lower.chars().allMatch(Character::isLetter) || !language.endsWith("adjective-endings", lower)) {
                return false;
            }
        }
        return false;
    }

    private static boolean genitive(List<Word> words, int i, Language language) {
        return language.endsWith("genitive-endings", words.get(i).lower());
    }

    private static boolean article(String lower, Language language) {
        return language.has("determiners", lower) || language.has("object-determiners", lower)
                || language.has("possessive-determiners", lower) || language.has("article-contractions", lower);
    }
}

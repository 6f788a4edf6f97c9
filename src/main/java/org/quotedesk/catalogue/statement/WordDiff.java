package org.quotedesk.catalogue.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How one wording differs from another, word by word: the fewest words changed, added or dropped
 * (a word-level Levenshtein alignment) to turn {@code from} into {@code to}. The work is bounded by
 * {@code maxDistance}: only the diagonal band that can hold an alignment that close is computed, so
 * comparing a report with its candidates stays linear in their length.
 */
public final class WordDiff {

    public enum Kind {
        SAME, CHANGED, ADDED, DROPPED
    }

    /** A run of words of one kind: {@code from}'s words [fromStart, fromEnd) became {@code to}'s [toStart, toEnd). */
    public record Op(Kind kind, int fromStart, int fromEnd, int toStart, int toEnd) {
    }

    private final Wording from;
    private final Wording to;
    private final int distance;
    private final List<Op> ops;

    private WordDiff(Wording from, Wording to, int distance, List<Op> ops) {
        this.from = from;
        this.to = to;
        this.distance = distance;
        this.ops = ops;
    }

    /** The full alignment, however far apart the wordings are. */
    public static WordDiff between(Wording from, Wording to) {
        return within(from, to, Math.max(from.size(), to.size()));
    }

    /** The alignment when the wordings are at most {@code maxDistance} words apart; {@code null} when they are further. */
    public static WordDiff within(Wording from, Wording to, int maxDistance) {
        List<String> a = from.forms();
        List<String> b = to.forms();
        int n = a.size();
        int m = b.size();
        if (Math.abs(n - m) > maxDistance) {
            return null;
        }
        int band = Math.min(maxDistance, Math.max(n, m));
        int width = 2 * band + 1;
        int unreachable = band + 1;
        // cost[i][k] is the distance between a's first i words and b's first j = i + k - band words.
        int[][] cost = new int[n + 1][width];
        for (int i = 0; i <= n; i++) {
            for (int k = 0; k < width; k++) {
                int j = i + k - band;
                if (j < 0 || j > m) {
                    cost[i][k] = unreachable;
                } else if (i == 0) {
                    cost[i][k] = Math.min(j, unreachable);
                } else if (j == 0) {
                    cost[i][k] = Math.min(i, unreachable);
                } else {
                    int diagonal = cost[i - 1][k] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                    int up = k + 1 < width ? cost[i - 1][k + 1] + 1 : unreachable;
                    int left = k > 0 ? cost[i][k - 1] + 1 : unreachable;
                    cost[i][k] = Math.min(unreachable, Math.min(diagonal, Math.min(up, left)));
                }
            }
        }
        int last = cost[n][m - n + band];
        if (last > maxDistance) {
            return null;
        }
        return new WordDiff(from, to, last, walkBack(cost, a, b, band));
    }

    private static List<Op> walkBack(int[][] cost, List<String> a, List<String> b, int band) {
        List<Kind> steps = new ArrayList<>();
        int i = a.size();
        int j = b.size();
        while (i > 0 || j > 0) {
            int k = j - i + band;
            int here = cost[i][k];
            boolean same = i > 0 && j > 0 && a.get(i - 1).equals(b.get(j - 1));
            // Among equally short alignments, keep equal words together rather than calling them changed.
            if (same && cost[i - 1][k] == here) {
                steps.add(Kind.SAME);
                i--;
                j--;
            } else if (i > 0 && k + 1 < cost[i - 1].length && cost[i - 1][k + 1] + 1 == here) {
                steps.add(Kind.DROPPED);
                i--;
            } else if (j > 0 && k > 0 && cost[i][k - 1] + 1 == here) {
                steps.add(Kind.ADDED);
                j--;
            } else {
                steps.add(Kind.CHANGED);
                i--;
                j--;
            }
        }
        Collections.reverse(steps);
        List<Op> ops = new ArrayList<>();
        int x = 0;
        int y = 0;
        for (Kind kind : steps) {
            int dx = kind == Kind.ADDED ? 0 : 1;
            int dy = kind == Kind.DROPPED ? 0 : 1;
            Op previous = ops.isEmpty() ? null : ops.get(ops.size() - 1);
            if (previous != null && previous.kind() == kind) {
                ops.set(ops.size() - 1, new Op(kind, previous.fromStart(), x + dx, previous.toStart(), y + dy));
            } else {
                ops.add(new Op(kind, x, x + dx, y, y + dy));
            }
            x += dx;
            y += dy;
        }
        return List.copyOf(ops);
    }

    public Wording from() {
        return from;
    }

    public Wording to() {
        return to;
    }

    /** Words changed, added or dropped. */
    public int distance() {
        return distance;
    }

    public List<Op> ops() {
        return ops;
    }

    /** 1 for the same words, falling to 0 as every word differs. */
    public double similarity() {
        int longer = Math.max(from.size(), to.size());
        return longer == 0 ? 1 : 1 - (double) distance / longer;
    }

    /** Where {@code fragment}'s words stand, in order and unbroken, inside {@code whole}: the word index, or -1. */
    public static int fragmentAt(Wording fragment, Wording whole) {
        return fragment.size() == 0 ? -1 : Collections.indexOfSubList(whole.forms(), fragment.forms());
    }
}

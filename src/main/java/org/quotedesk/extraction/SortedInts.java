package org.quotedesk.extraction;

/** Binary search over ascending offsets, for the indexes that read an article once and are asked often. */
final class SortedInts {

    private SortedInts() {
    }

    /** The index of the first value above {@code value}, or the array's length when none is. */
    static int firstAbove(int[] ascending, int value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

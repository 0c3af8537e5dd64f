package org.jrustc.runtime;

/** Operations on {@code str} data in machine memory, a {@code &str} being passed as its two cells (address, byte length). */
public final class Strings {
    private Strings() {}

    /** Rust's {@code Ord} for str: byte-wise lexicographic; negative, zero or positive like {@code compareTo}. */
    public static int compare(long addressA, long lengthA, long addressB, long lengthB, Machine m) {
        if (addressA == addressB && lengthA == lengthB) return 0;
        byte[] a = m.readBytes(addressA, lengthA);
        byte[] b = m.readBytes(addressB, lengthB);
        return java.util.Arrays.compareUnsigned(a, b);
    }
}

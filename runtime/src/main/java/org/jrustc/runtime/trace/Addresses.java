package org.jrustc.runtime.trace;

import org.jrustc.runtime.Fmt;

/**
 * Addresses and values as the chapter writes them. A heap address (at or above the stack's end) is
 * written from the top of memory down, {@code (2^30) - 1}, when the memory size is a power of two;
 * static data (string bytes, at 2^40) from its base up, {@code (2^40) + 3}; a stack address as its
 * number.
 */
public final class Addresses {
    private static final long STATIC_BASE = 1L << 40;

    private Addresses() {}

    public static String format(long address, Snapshot s) {
        if (address >= STATIC_BASE) return "(2^40) + " + (address - STATIC_BASE);
        long memorySize = s.memorySize();
        boolean powerOfTwo = Long.bitCount(memorySize) == 1;
        if (powerOfTwo && address <= memorySize && address >= s.stackCells()) {
            String top = "(2^" + Long.numberOfTrailingZeros(memorySize) + ")";
            return address == memorySize ? top : top + " - " + (memorySize - address);
        }
        return Long.toString(address);
    }

    /** The value column of an initialised cell: {@code {:?}} of a scalar, {@code → ADDR} of a pointer. */
    public static String value(CellKind kind, long bits, Snapshot s) {
        return switch (kind) {
            case SIGNED -> Long.toString(bits);
            case UNSIGNED -> Long.toUnsignedString(bits);
            case BOOL -> bits != 0 ? "true" : "false";
            case CHAR -> Fmt.debugChar((int) bits);
            case F32, F64 -> org.jrustc.runtime.FloatFormat.format(bits, kind == CellKind.F32, true);
            case REF, BOX -> "→ " + format(bits, s);
        };
    }
}

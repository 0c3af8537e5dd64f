package org.jrustc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jrustc.runtime.Arith;
import org.jrustc.runtime.Machine;
import org.jrustc.runtime.Panic;
import org.jrustc.types.IntKind;
import org.junit.jupiter.api.Test;

/** The runtime's checked arithmetic against exact BigInteger arithmetic, for all ten integer kinds. */
class ArithTest {
    private interface Op {
        long apply(long a, long b, int bits, Machine m, String loc);
    }

    /** A machine that has not panicked yet (a second panic would abort, as in Rust). */
    private Machine machine = newMachine();

    private static Machine newMachine() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new Machine(new byte[0], sink, sink, 1 << 12);
    }

    private static BigInteger value(long normalised, IntKind kind) {
        BigInteger v = BigInteger.valueOf(normalised);
        return kind.signed || normalised >= 0 ? v : v.add(BigInteger.ONE.shiftLeft(64));
    }

    private static List<Long> samples(IntKind kind) {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, 2L, 3L, kind.max().longValue(), kind.min().longValue(),
                kind.max().longValue() - 1, kind.min().longValue() + 1));
        if (kind.signed) values.addAll(List.of(-1L, -2L, -3L));
        Random random = new Random(kind.ordinal());
        for (int i = 0; i < 40; i++) {
            long r = random.nextLong();
            if (i % 2 == 0) r >>= random.nextInt(64);
            values.add(Arith.wrap(r, kind.bits, kind.signed));
        }
        return values;
    }

    /** The result, or the panic message, that an operation must produce. */
    private static String expected(BigInteger exact, IntKind kind, String overflowMessage) {
        if (exact.compareTo(kind.min()) < 0 || exact.compareTo(kind.max()) > 0) return "panic: " + overflowMessage;
        return exact.toString();
    }

    private String actual(Op op, long a, long b, IntKind kind) {
        try {
            long r = op.apply(a, b, kind.bits, machine, "t.rs:1:1");
            return value(r, kind).toString();
        } catch (Panic p) {
            machine = newMachine();
            return "panic: " + p.getMessage();
        }
    }

    @Test
    void addSubMulDivRemMatchExactArithmetic() {
        for (IntKind kind : IntKind.values()) {
            Op add = kind.signed ? Arith::addS : Arith::addU;
            Op sub = kind.signed ? Arith::subS : Arith::subU;
            Op mul = kind.signed ? Arith::mulS : Arith::mulU;
            Op div = kind.signed ? Arith::divS : Arith::divU;
            Op rem = kind.signed ? Arith::remS : Arith::remU;
            for (long a : samples(kind)) {
                for (long b : samples(kind)) {
                    BigInteger x = value(a, kind);
                    BigInteger y = value(b, kind);
                    String where = kind.rustName() + " " + x + " op " + y;
                    assertEquals(expected(x.add(y), kind, "attempt to add with overflow"), actual(add, a, b, kind), where);
                    assertEquals(expected(x.subtract(y), kind, "attempt to subtract with overflow"), actual(sub, a, b, kind), where);
                    assertEquals(expected(x.multiply(y), kind, "attempt to multiply with overflow"), actual(mul, a, b, kind), where);
                    if (y.signum() == 0) {
                        assertEquals("panic: attempt to divide by zero", actual(div, a, b, kind), where);
                        assertEquals("panic: attempt to calculate the remainder with a divisor of zero", actual(rem, a, b, kind), where);
                    } else {
                        // BigInteger divides and takes remainders truncating toward zero, as Rust does.
                        assertEquals(expected(x.divide(y), kind, "attempt to divide with overflow"), actual(div, a, b, kind), where);
                        String remainder = x.equals(kind.min()) && y.equals(BigInteger.ONE.negate())
                                ? "panic: attempt to calculate the remainder with overflow" : x.remainder(y).toString();
                        assertEquals(remainder, actual(rem, a, b, kind), where);
                    }
                }
            }
        }
    }

    @Test
    void shiftsCheckTheAmountAndTruncateTheResult() {
        for (IntKind kind : IntKind.values()) {
            for (long a : samples(kind)) {
                for (long amount : new long[] {0, 1, 3, kind.bits - 1, kind.bits, kind.bits + 1, -1, 200}) {
                    String where = kind.rustName() + " " + a + " shift " + amount;
                    String left = actual((x, y, bits, m, l) -> Arith.shl(x, y, bits, kind.signed, m, l), a, amount, kind);
                    String right = actual((x, y, bits, m, l) -> Arith.shr(x, y, bits, kind.signed, m, l), a, amount, kind);
                    if (amount < 0 || amount >= kind.bits) {
                        assertEquals("panic: attempt to shift left with overflow", left, where);
                        assertEquals("panic: attempt to shift right with overflow", right, where);
                    } else {
                        BigInteger x = value(a, kind);
                        BigInteger modulus = BigInteger.ONE.shiftLeft(kind.bits);
                        BigInteger shifted = x.shiftLeft((int) amount).mod(modulus);
                        if (kind.signed && shifted.compareTo(kind.max()) > 0) shifted = shifted.subtract(modulus);
                        assertEquals(shifted.toString(), left, where);
                        assertEquals(x.shiftRight((int) amount).toString(), right, where);
                    }
                }
            }
        }
    }

    @Test
    void negationOverflowsOnlyAtMin() {
        for (IntKind kind : IntKind.values()) {
            if (!kind.signed) continue;
            long min = kind.min().longValue();
            assertEquals("panic: attempt to negate with overflow",
                    actual((x, y, bits, m, l) -> Arith.negS(x, bits, m, l), min, 0, kind));
            assertEquals(String.valueOf(-(min + 1)), actual((x, y, bits, m, l) -> Arith.negS(x, bits, m, l), min + 1, 0, kind));
        }
    }
}

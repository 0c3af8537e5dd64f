package org.jrustc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jrustc.runtime.Abort;
import org.jrustc.runtime.Machine;
import org.jrustc.runtime.MachineFault;
import org.junit.jupiter.api.Test;

/** The runtime's address space: the chapter's addresses, hole reuse, and faults on bad accesses. */
class MachineTest {
    private static final long TOP = 1L << 30;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Machine machine(long memorySize) {
        return new Machine("hello".getBytes(StandardCharsets.UTF_8), new PrintStream(out), new PrintStream(err), memorySize);
    }

    @Test
    void heapGrowsDownFromTheTopLikeTheChapter() {
        Machine m = machine(TOP);
        assertEquals(TOP - 1, m.alloc(1));
        assertEquals(TOP - 3, m.alloc(2));
        long four = m.alloc(4);
        assertEquals(TOP - 7, four);
        m.store(four + 3, 42);
        assertEquals(42, m.load(four + 3));
        assertEquals("1073741817 = (2^30) - 7", m.describe(four));
    }

    @Test
    void freedBlocksLeaveHolesThatFittingAllocationsReuse() {
        Machine m = machine(TOP);
        long a = m.alloc(1);
        long b = m.alloc(2);
        long c = m.alloc(1);
        m.free(b, 2);
        assertEquals(b + 1, m.alloc(1), "takes the high end of the 2-cell hole");
        assertEquals(b, m.alloc(1), "then the rest of it");
        long d = m.alloc(3);
        assertEquals(c - 3, d, "nothing fits: below the frontier");
        m.free(a, 1);
        m.free(d, 3);
        assertEquals(a, m.alloc(1));
    }

    @Test
    void freeingTheLowestBlockMovesTheFrontierBackUpPastHoles() {
        Machine m = machine(TOP);
        long a = m.alloc(1);
        long b = m.alloc(1);
        long c = m.alloc(1);
        m.free(b, 1);
        m.free(c, 1);
        assertEquals(a - 2, m.alloc(2), "b's hole was absorbed, so a 2-cell block now fits right below a");
    }

    @Test
    void randomChurnNeverHandsOutACellTwice() {
        Machine m = machine(1 << 20);
        Random random = new Random(7);
        Map<Long, Integer> live = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            if (!order.isEmpty() && (order.size() > 300 || random.nextBoolean())) {
                long addr = order.remove(random.nextInt(order.size()));
                assertEquals(addr, m.load(addr), "block content survived");
                m.free(addr, live.remove(addr));
            } else {
                int size = 1 + random.nextInt(random.nextBoolean() ? 4 : 80);
                long addr = m.alloc(size);
                for (Map.Entry<Long, Integer> other : live.entrySet()) {
                    boolean disjoint = addr + size <= other.getKey() || other.getKey() + other.getValue() <= addr;
                    assertTrue(disjoint, "block " + addr + "+" + size + " overlaps " + other);
                }
                for (int i = 0; i < size; i++) m.store(addr + i, addr);
                live.put(addr, size);
                order.add(addr);
            }
        }
    }

    @Test
    void accessesOutsideLiveCellsAreFaults() {
        Machine m = machine(TOP);
        int fp = m.enter(3);
        assertEquals(0, fp);
        m.store(2, 9);
        assertEquals(9, m.load(2));
        assertThrows(MachineFault.class, () -> m.load(3), "above the stack pointer");
        long box = m.alloc(1);
        m.free(box, 1);
        assertThrows(MachineFault.class, () -> m.load(box), "freed heap cell");
        assertThrows(MachineFault.class, () -> m.free(box, 1), "double free");
        assertEquals('h', m.load(Machine.STATIC_BASE));
        assertThrows(MachineFault.class, () -> m.store(Machine.STATIC_BASE, 1), "static data is read-only");
        assertThrows(MachineFault.class, () -> m.load(Machine.STATIC_BASE + 5), "past the static data");
        m.leave(fp);
        assertThrows(MachineFault.class, () -> m.load(2), "popped frame");
    }

    @Test
    void heapExhaustionAbortsWithRustsMessage() {
        Machine m = machine(64);
        assertThrows(Abort.class, () -> m.alloc(40));
        assertEquals("memory allocation of 320 bytes failed\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stdoutIsLineBuffered() {
        Machine m = machine(TOP);
        m.print(false, "partial");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        m.print(false, " line\nnext");
        assertEquals("partial line\n", out.toString(StandardCharsets.UTF_8));
        m.flushOut();
        assertEquals("partial line\nnext", out.toString(StandardCharsets.UTF_8));
    }
}

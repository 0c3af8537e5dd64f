package org.jrustc.runtime;

import java.util.Map;
import java.util.TreeMap;

/**
 * The heap half of the address space: hands out blocks of cells from the top address downward and
 * takes them back, leaving holes that later allocations reuse.
 *
 * <p>How it works. Every cell between the <em>frontier</em> (the lowest cell ever handed out and
 * not yet given back) and the top is either part of a live block or part of a hole. A new block
 * goes into the smallest hole that fits (its high end, so the rest of the hole keeps its address),
 * or else just below the frontier. Freeing the block at the frontier moves the frontier up past it
 * and past any holes right above it; freeing any other block makes it a hole. Example with 8 cells
 * ({@code top} = 8): alloc 1 → 7, alloc 2 → 5, alloc 1 → 4; free 5 leaves the hole [5, 7);
 * alloc 1 reuses it at 6 and the hole shrinks to [5, 6); free 4 moves the frontier to 5 and on to 6
 * past the hole.
 *
 * <p>Bookkeeping lives beside the cells, never in what a program can read: one state byte per cell
 * (live, free, or the first cell of a hole, whose size is then kept in that cell's slot), and a stack
 * of hole addresses per hole size. A stack entry is only a hint: it is used when its address still
 * starts a hole of exactly that size, otherwise dropped. So nothing has to be searched when a hole
 * disappears into the frontier or is split. Allocating and freeing a block at the frontier, the
 * common case, touches no stack at all. Adjacent holes are not merged.
 */
final class Heap {
    private static final byte FREE = 0;
    private static final byte LIVE = 1;
    private static final byte HOLE_START = 2;
    /** Hole sizes up to this have an array slot; larger ones a sorted map. */
    private static final int SMALL_SIZES = 64;

    private final long top;
    private final long floor;
    private long frontier;
    /** Cell and state of address a are at index top - 1 - a: the arrays grow as the heap goes down. */
    private long[] cells = new long[256];
    private byte[] states = new byte[256];

    private final HoleStack[] smallHoles = new HoleStack[SMALL_SIZES + 1];
    private final TreeMap<Integer, HoleStack> largeHoles = new TreeMap<>();
    private long holeCount;
    private long hintCount;

    /** A heap whose cells are [floor, top). */
    Heap(long top, long floor) {
        this.top = top;
        this.floor = floor;
        this.frontier = top;
    }

    long frontier() { return frontier; }

    boolean isLive(long addr) {
        return addr >= frontier && addr < top && states[index(addr)] == LIVE;
    }

    long get(long addr) { return cells[index(addr)]; }

    void set(long addr, long value) { cells[index(addr)] = value; }

    /** The address of a new block of {@code size} cells (size ≥ 1), or -1 when the heap is full. */
    long allocate(int size) {
        if (holeCount > 0) {
            long addr = takeHole(size);
            if (addr >= 0) {
                setStates(addr, size, LIVE);
                return addr;
            }
        }
        long addr = frontier - size;
        if (addr < floor || !ensureCapacity(addr)) return -1;
        frontier = addr;
        setStates(addr, size, LIVE);
        return addr;
    }

    /** Gives back the block [addr, addr + size); false (and nothing changed) if those cells are not all live. */
    boolean release(long addr, int size) {
        if (addr < frontier || addr + size > top) return false;
        for (int i = 0; i < size; i++) if (states[index(addr + i)] != LIVE) return false;
        setStates(addr, size, FREE);
        if (addr == frontier) {
            frontier += size;
            absorbHolesAtFrontier();
        } else {
            states[index(addr)] = HOLE_START;
            cells[index(addr)] = size;
            holeCount++;
            pushHint(addr, size);
        }
        return true;
    }

    private void absorbHolesAtFrontier() {
        while (frontier < top && states[index(frontier)] == HOLE_START) {
            int i = index(frontier);
            states[i] = FREE;
            holeCount--;
            frontier += cells[i];
        }
        if (holeCount == 0 && hintCount > 0) clearHints();
    }

    private long takeHole(int size) {
        for (int s = size; s <= SMALL_SIZES; s++) {
            long addr = popHole(smallHoles[s], s);
            if (addr >= 0) return carve(addr, s, size);
        }
        var it = largeHoles.tailMap(Math.max(size, SMALL_SIZES + 1)).entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, HoleStack> e = it.next();
            long addr = popHole(e.getValue(), e.getKey());
            if (addr >= 0) return carve(addr, e.getKey(), size);
            it.remove();
        }
        return -1;
    }

    /** Takes {@code size} cells from the high end of the hole [addr, addr + holeSize). */
    private long carve(long addr, int holeSize, int size) {
        if (holeSize == size) {
            holeCount--;
            return addr;
        }
        cells[index(addr)] = holeSize - size;
        pushHint(addr, holeSize - size);
        return addr + holeSize - size;
    }

    private long popHole(HoleStack stack, int size) {
        while (stack != null && stack.size > 0) {
            long addr = stack.items[--stack.size];
            hintCount--;
            if (startsHole(addr, size)) return addr;
        }
        return -1;
    }

    private boolean startsHole(long addr, int size) {
        return addr >= frontier && addr < top && states[index(addr)] == HOLE_START && cells[index(addr)] == size;
    }

    private void pushHint(long addr, int size) {
        HoleStack stack = size <= SMALL_SIZES ? smallHoles[size] : largeHoles.get(size);
        if (stack == null) {
            stack = new HoleStack();
            if (size <= SMALL_SIZES) smallHoles[size] = stack; else largeHoles.put(size, stack);
        }
        stack.push(addr);
        hintCount++;
        if (hintCount > 2 * holeCount + 4096) dropStaleHints();
    }

    private void dropStaleHints() {
        hintCount = 0;
        for (int s = 1; s <= SMALL_SIZES; s++) if (smallHoles[s] != null) hintCount += smallHoles[s].retainHoles(this, s);
        largeHoles.entrySet().removeIf(e -> e.getValue().retainHoles(this, e.getKey()) == 0);
        for (HoleStack s : largeHoles.values()) hintCount += s.size;
    }

    private void clearHints() {
        for (HoleStack s : smallHoles) if (s != null) s.size = 0;
        largeHoles.clear();
        hintCount = 0;
    }

    private void setStates(long addr, int size, byte state) {
        for (int i = 0; i < size; i++) states[index(addr + i)] = state;
    }

    private int index(long addr) { return (int) (top - 1 - addr); }

    private boolean ensureCapacity(long lowest) {
        long needed = top - lowest;
        if (needed <= cells.length) return true;
        long length = Math.min(Math.max(needed, 2L * cells.length), top - floor);
        try {
            cells = java.util.Arrays.copyOf(cells, (int) length);
            states = java.util.Arrays.copyOf(states, (int) length);
            return true;
        } catch (OutOfMemoryError e) {
            return false;
        }
    }

    /** The addresses of the holes of one size (hints: some may be stale). */
    private static final class HoleStack {
        long[] items = new long[16];
        int size;

        void push(long addr) {
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            items[size++] = addr;
        }

        int retainHoles(Heap heap, int holeSize) {
            int kept = 0;
            for (int i = 0; i < size; i++) if (heap.startsHole(items[i], holeSize)) items[kept++] = items[i];
            size = kept;
            return kept;
        }
    }
}

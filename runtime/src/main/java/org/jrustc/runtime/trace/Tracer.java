package org.jrustc.runtime.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jrustc.runtime.Machine;
import org.jrustc.runtime.trace.TraceTable.BlockLayout;
import org.jrustc.runtime.trace.TraceTable.CellLayout;
import org.jrustc.runtime.trace.TraceTable.FunctionLayout;

/**
 * Follows a traced program's memory and hands a {@link Snapshot} to its sink at each call and return
 * (docs/TRACE.md). Generated code reports, through the {@link Machine}'s {@code trace…} methods,
 * which function each frame belongs to, which frame cells hold a value (written, or moved out and
 * dropped), and the layout of each heap block it allocates; the values themselves are read from the
 * machine when a snapshot is taken.
 *
 * <p>Frees need no report: a block that is no longer live in the machine's heap is forgotten when the
 * next snapshot is taken, and a block allocated at an address forgets whatever was recorded there.
 */
public final class Tracer {
    private final Machine machine;
    private final TraceTable table;
    private final Consumer<Snapshot> sink;

    /** The live frames, oldest first: {function, base}. */
    private final List<int[]> frames = new ArrayList<>();
    /** Which stack cells hold a value, by address. */
    private final boolean[] initialised;
    /** Each heap block allocated and maybe still live: its address → its layout. */
    private final TreeMap<Long, Integer> blocks = new TreeMap<>();
    /** The function whose frame was popped last, for the caption after a return. */
    private String returnedFrom;
    private Snapshot previous;
    /** The largest block layout: how far below an address an older block may still reach over it. */
    private final int maxBlockSize;

    public Tracer(Machine machine, TraceTable table, Consumer<Snapshot> sink) {
        this.machine = machine;
        this.table = table;
        this.sink = sink;
        this.initialised = new boolean[machine.stack.length];
        this.maxBlockSize = table.blocks().stream().mapToInt(BlockLayout::size).max().orElse(1);
    }

    // ---- what generated code reports ----

    /** A frame of {@code function} was pushed at {@code base} and its parameters stored. */
    public void enter(int function, int base) {
        FunctionLayout f = table.functions().get(function);
        frames.add(new int[] {function, base});
        java.util.Arrays.fill(initialised, base, base + f.frameSize(), false);
        java.util.Arrays.fill(initialised, base, base + f.paramCells(), true);
    }

    /** The newest frame is being popped on a normal return. */
    public void leave() {
        returnedFrom = nameOf(frames.remove(frames.size() - 1));
    }

    /** The newest frame is being popped by a panic; its drops have run. */
    public void unwind() {
        String from = nameOf(frames.remove(frames.size() - 1));
        if (!frames.isEmpty()) snapshot("unwind", "panic unwinds from " + from + "() into " + current() + "()");
    }

    /** {@code cells} stack cells from {@code address} now hold a value ({@code true}) or none. */
    public void setInitialised(int address, int cells, boolean value) {
        java.util.Arrays.fill(initialised, address, address + cells, value);
    }

    /** A heap block of layout {@code layout} was allocated at {@code address}. */
    public void allocated(long address, int layout) {
        int size = table.blocks().get(layout).size();
        if (size == 0) return;
        blocks.subMap(address - maxBlockSize + 1, true, address + size - 1, true)
                .entrySet().removeIf(e -> e.getKey() + table.blocks().get(e.getValue()).size() > address);
        blocks.put(address, layout);
    }

    /** The current function is about to call {@code callee} (its arguments are evaluated). */
    public void call(int callee) {
        snapshot("call", current() + "() calls " + table.functions().get(callee).name() + "()");
    }

    /** The current function has its result and is about to drop its locals and return. */
    public void returning() {
        snapshot("returning", current() + "() is about to return");
    }

    /** Back in the current function after a call: the callee's frame is gone, its result stored. */
    public void returned() {
        snapshot("returned", returnedFrom + "() returns to " + current() + "()");
    }

    /** A panic starts in the current function. */
    public void panicked() {
        if (!frames.isEmpty()) snapshot("panic", current() + "() panics");
    }

    // ---- snapshots ----

    private void snapshot(String event, String caption) {
        Snapshot now = take(event, caption);
        if (!now.sameRows(previous)) sink.accept(now);
        previous = now;
    }

    private Snapshot take(String event, String caption) {
        List<Snapshot.Frame> frameViews = new ArrayList<>();
        for (int[] frame : frames) {
            FunctionLayout f = table.functions().get(frame[0]);
            List<Snapshot.Cell> cells = new ArrayList<>();
            for (CellLayout c : f.cells()) {
                int address = frame[1] + c.offset();
                cells.add(new Snapshot.Cell(address, c.name(), c.type(), c.kind(), initialised[address],
                        machine.stack[address]));
            }
            frameViews.add(new Snapshot.Frame(f.name(), frame[1], List.copyOf(cells)));
        }
        List<long[]> liveBlocks = new ArrayList<>();
        for (Iterator<Map.Entry<Long, Integer>> it = blocks.descendingMap().entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Integer> e = it.next();
            if (!machine.isLiveHeapCell(e.getKey())) {
                it.remove();
                continue;
            }
            liveBlocks.add(new long[] {e.getKey(), e.getValue()});
        }
        Map<Long, Snapshot.Cell> owners = new HashMap<>();
        for (Snapshot.Frame f : frameViews) for (Snapshot.Cell c : f.cells()) noteOwner(owners, c);
        List<List<Snapshot.Cell>> blockCells = new ArrayList<>();
        for (long[] b : liveBlocks) {
            BlockLayout layout = table.blocks().get((int) b[1]);
            List<Snapshot.Cell> cells = new ArrayList<>();
            for (CellLayout c : layout.cells()) {
                long address = b[0] + c.offset();
                Snapshot.Cell cell = new Snapshot.Cell(address, c.name(), c.type(), c.kind(), true, machine.load(address));
                cells.add(cell);
                noteOwner(owners, cell);
            }
            blockCells.add(List.copyOf(cells));
        }
        List<Snapshot.Block> heap = new ArrayList<>();
        for (int i = 0; i < liveBlocks.size(); i++) {
            long[] b = liveBlocks.get(i);
            BlockLayout layout = table.blocks().get((int) b[1]);
            heap.add(new Snapshot.Block(b[0], layout.size(), layout.type(), owners.get(b[0]), blockCells.get(i)));
        }
        return new Snapshot(event, caption, machine.memorySize(), List.copyOf(frameViews), List.copyOf(heap));
    }

    private static void noteOwner(Map<Long, Snapshot.Cell> owners, Snapshot.Cell cell) {
        if (cell.kind() == CellKind.BOX && cell.initialised()) owners.putIfAbsent(cell.bits(), cell);
    }

    private String current() { return nameOf(frames.get(frames.size() - 1)); }

    private String nameOf(int[] frame) { return table.functions().get(frame[0]).name(); }
}

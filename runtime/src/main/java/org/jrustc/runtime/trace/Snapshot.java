package org.jrustc.runtime.trace;

import java.util.List;

/**
 * The memory at one moment of a traced run: every live frame (the oldest first) and every live heap
 * block (the highest address first), with each cell's value read out.
 *
 * @param event   what just happened, for tools: {@code call}, {@code returning}, {@code returned},
 *                {@code panic} or {@code unwind}
 * @param caption the same in words: {@code foo() calls baz()}
 * @param memorySize the machine's cells: the heap grows down from {@code memorySize - 1}
 * @param stackCells the stack's cells: every address from there up is on the heap
 */
public record Snapshot(String event, String caption, long memorySize, int stackCells, List<Frame> frames,
                       List<Block> heap) {

    public record Frame(String function, int base, List<Cell> cells) {}

    /**
     * @param owner the cell holding the Box that owns this block, or null when none does (the box
     *              lives in a scalar temporary, outside memory)
     */
    public record Block(long address, int size, String type, Cell owner, List<Cell> cells) {}

    /**
     * @param initialised false for a cell that holds no value yet, or whose value was moved out or
     *                    dropped: the tables print it as {@code ??????}
     * @param bits        the cell's contents, meaningful only when initialised
     */
    public record Cell(long address, String name, String type, CellKind kind, boolean initialised, long bits) {}

    /**
     * True when both have the same rows: the same cells with the same values (whatever happened to
     * get there; a frame without cells adds no row).
     */
    public boolean sameRows(Snapshot other) {
        return other != null && heap.equals(other.heap) && allStackCells().equals(other.allStackCells());
    }

    private List<Cell> allStackCells() {
        return frames.stream().flatMap(f -> f.cells().stream()).toList();
    }
}

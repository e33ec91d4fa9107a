package dev.torrentctl.hashes.bencode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Equality, hash codes and text of nested values, walked with explicit stacks rather than
 * recursion, so that a value as deep as any depth limit allows cannot overflow the thread's stack.
 * The results are those of the {@link List} and {@link java.util.Map} contracts the values'
 * {@code values()} and {@code entries()} follow.
 */
final class ValueTrees {
    private ValueTrees() {}

    /** An open list or dictionary: which child comes next, and what has been computed so far. */
    private static final class Frame {
        final BValue container;
        int next;
        int hash;

        Frame(BValue container, int hash) {
            this.container = container;
            this.hash = hash;
        }
    }

    static boolean equal(BValue a, BValue b) {
        Deque<BValue> left = new ArrayDeque<>();
        Deque<BValue> right = new ArrayDeque<>();
        left.push(a);
        right.push(b);
        while (!left.isEmpty()) {
            BValue x = left.pop();
            BValue y = right.pop();
            if (x == y) {
                continue;
            }
            if (x instanceof BList l) {
                if (!(y instanceof BList m) || l.values().size() != m.values().size()) {
                    return false;
                }
                for (int i = 0; i < l.values().size(); i++) {
                    left.push(l.values().get(i));
                    right.push(m.values().get(i));
                }
            } else if (x instanceof BDictionary d) {
                if (!(y instanceof BDictionary e) || d.size() != e.size()) {
                    return false;
                }
                for (int i = 0; i < d.size(); i++) {
                    BValue other = e.lookup(d.keyAt(i));
                    if (other == null) {
                        return false;
                    }
                    left.push(d.valueAt(i));
                    right.push(other);
                }
            } else if (!x.equals(y)) { // strings and integers compare without descending
                return false;
            }
        }
        return true;
    }

    static int hash(BValue root) {
        if (!(root instanceof BList || root instanceof BDictionary)) {
            return root.hashCode();
        }
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(root, root instanceof BList ? 1 : 0));
        int done = 0; // the hash of the child just finished
        boolean returning = false;
        while (true) {
            Frame f = open.peek();
            if (returning) { // fold the finished child into its parent
                if (f.container instanceof BList) {
                    f.hash = 31 * f.hash + done;
                } else {
                    f.hash += ((BDictionary) f.container).keyAt(f.next - 1).hashCode() ^ done;
                }
                returning = false;
            }
            int size = f.container instanceof BList l ? l.values().size() : ((BDictionary) f.container).size();
            if (f.next == size) {
                open.pop();
                done = f.hash;
                if (open.isEmpty()) {
                    return done;
                }
                returning = true;
                continue;
            }
            BValue child = f.container instanceof BList l ? l.values().get(f.next)
                    : ((BDictionary) f.container).valueAt(f.next);
            f.next++;
            if (child instanceof BList || child instanceof BDictionary) {
                open.push(new Frame(child, child instanceof BList ? 1 : 0));
            } else {
                done = child.hashCode();
                returning = true;
            }
        }
    }

    /** As {@code "BList" + values()} and {@code "BDictionary" + entries()} would print. */
    static String text(BValue root) {
        StringBuilder out = new StringBuilder();
        Deque<Object> todo = new ArrayDeque<>(); // values to print, and literal text between them
        todo.push(root);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof String literal) {
                out.append(literal);
            } else if (next instanceof BList l) {
                List<Object> parts = new ArrayList<>();
                parts.add("BList[");
                for (int i = 0; i < l.values().size(); i++) {
                    if (i > 0) {
                        parts.add(", ");
                    }
                    parts.add(l.values().get(i));
                }
                parts.add("]");
                pushInOrder(todo, parts);
            } else if (next instanceof BDictionary d) {
                List<Object> parts = new ArrayList<>();
                parts.add("BDictionary{");
                for (int i = 0; i < d.size(); i++) {
                    if (i > 0) {
                        parts.add(", ");
                    }
                    parts.add(d.keyAt(i));
                    parts.add("=");
                    parts.add(d.valueAt(i));
                }
                parts.add("}");
                pushInOrder(todo, parts);
            } else {
                out.append(next); // strings and integers print themselves
            }
        }
        return out.toString();
    }

    private static void pushInOrder(Deque<Object> todo, List<Object> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            todo.push(parts.get(i));
        }
    }
}

package org.agendaplanner.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a cycle in the {@code after} links by depth-first search on a stack of its own, so that a chain as long as
 * the largest agenda (each of 5,000 items after the next) needs no deeper call stack than a short one.
 */
final class AfterCycles {

    private AfterCycles() {
    }

    /** One item on the search path, and how many of its links have been followed. */
    private static final class Step {
        final String item;
        final List<String> links;
        int next;

        Step(String item, List<String> links) {
            this.item = item;
            this.links = links;
        }
    }

    /**
     * The first cycle met when starting from each item in order of id and following links in the order given:
     * the items on it, the first repeated at the end ({@code [3, 4, 5, 3]}); null when there is none. Links to
     * unknown items are ignored (they are reported on their own).
     */
    static List<String> first(Map<String, List<String>> links) {
        var finished = new HashSet<String>();
        for (var start : links.keySet().stream().sorted().toList()) {
            var cycle = fromItem(start, links, finished);
            if (cycle != null) {
                return cycle;
            }
        }
        return null;
    }

    private static List<String> fromItem(String start, Map<String, List<String>> links, Set<String> finished) {
        if (finished.contains(start)) {
            return null;
        }
        var path = new ArrayDeque<Step>();
        var positionOnPath = new HashMap<String, Integer>();
        path.push(new Step(start, links.get(start)));
        positionOnPath.put(start, 0);
        while (!path.isEmpty()) {
            var step = path.peek();
            if (step.next == step.links.size()) {
                path.pop();
                positionOnPath.remove(step.item);
                finished.add(step.item);
                continue;
            }
            var target = step.links.get(step.next++);
            if (positionOnPath.containsKey(target)) {
                return cycle(path, positionOnPath.get(target), target);
            }
            if (!finished.contains(target) && links.containsKey(target)) {
                positionOnPath.put(target, path.size());
                path.push(new Step(target, links.get(target)));
            }
        }
        return null;
    }

    /** The items on the path from {@code position} on, and the one that closes the cycle. */
    private static List<String> cycle(ArrayDeque<Step> path, int position, String closing) {
        var items = new ArrayList<String>();
        var iterator = path.descendingIterator();
        for (int index = 0; iterator.hasNext(); index++) {
            var item = iterator.next().item;
            if (index >= position) {
                items.add(item);
            }
        }
        items.add(closing);
        return items;
    }
}

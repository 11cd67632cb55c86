/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The valid contributions of one element kind to an extension point, by id, re-read lazily when the
 * extension registry changes; the ones that were skipped are kept as one line each saying why.
 *
 * @param <D> the descriptor a contribution becomes
 */
public final class ContributionList<D> {

    /** What reading one configuration element gave: a descriptor under an id, or why it was skipped. */
    public record Read<D>(String id, D descriptor, String problem) {

        public static <D> Read<D> of(String id, D descriptor) {
            return new Read<>(id, descriptor, null);
        }

        public static <D> Read<D> skipped(String problem) {
            return new Read<>(null, null, problem);
        }
    }

    private final PointWatcher watcher;
    private final String elementName;
    private final Function<IConfigurationElement, Read<D>> reader;
    private final DuplicateMessage<D> duplicate;
    private List<D> descriptors = List.of();
    private List<String> problems = List.of();
    private IConfigurationElement[] lastRead;

    /** Says why a contribution whose id is taken is skipped, given the one that keeps it. */
    @FunctionalInterface
    public interface DuplicateMessage<D> {
        String of(String id, IConfigurationElement skipped, D kept);
    }

    public ContributionList(IExtensionRegistry registry, String pointId, String elementName,
            Function<IConfigurationElement, Read<D>> reader, DuplicateMessage<D> duplicate) {
        this.watcher = new PointWatcher(registry, pointId);
        this.elementName = elementName;
        this.reader = reader;
        this.duplicate = duplicate;
    }

    public synchronized List<D> all() {
        sync();
        return descriptors;
    }

    public synchronized List<String> problems() {
        sync();
        return problems;
    }

    public Optional<D> first(Predicate<D> test) {
        return all().stream().filter(test).findFirst();
    }

    public PointWatcher watcher() {
        return watcher;
    }

    private void sync() {
        // The registry changes as a bundle comes or goes, but tells its listeners later, on a thread of its own:
        // elements other than those last read are a change too, so a plugin just removed is never served.
        IConfigurationElement[] now = watcher.elements();
        if (!watcher.takeChange() && Arrays.equals(now, lastRead)) {
            return;
        }
        lastRead = now;
        Map<String, D> byId = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (IConfigurationElement element : now) {
            if (!elementName.equals(element.getName())) {
                continue;
            }
            Read<D> read = reader.apply(element);
            if (read.problem() != null) {
                skipped.add(read.problem());
            } else if (byId.containsKey(read.id())) {
                skipped.add(duplicate.of(read.id(), element, byId.get(read.id())));
            } else {
                byId.put(read.id(), read.descriptor());
            }
        }
        descriptors = List.copyOf(byId.values());
        problems = List.copyOf(skipped);
    }
}

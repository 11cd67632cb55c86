/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.InspectionDescriptor;
import podium.inspections.Inspector;
import podium.inspections.Severities;

import podium.lang.internal.LanguageInspections;
import podium.lang.resource.PodiumResource;
import podium.lang.scoping.PodiumLinkingService;

/**
 * The .podium files under some folders (and single files) loaded into one resource set, so that
 * names link across files, validated to {@link Problem}s named as the user named the files.
 */
public final class PodiumWorkspace {

    /** The file extension of the language. */
    public static final String EXTENSION = ".podium";

    private final Injector injector;
    private final XtextResourceSet resourceSet;
    private final Map<Resource, String> displayPaths = new LinkedHashMap<>();
    private final Map<Resource, Path> files = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Map<Path, String> texts = Map.of();
    private long bytesRead;
    private XmiFiles xmi;
    private final List<Path> skippedModels = new ArrayList<>();
    private final Set<Path> added = new HashSet<>();
    private final Set<Path> skipped = new HashSet<>();
    /** What {@link #add(Path, String)} was given, in order, for {@link #refresh()} to list again. */
    private final List<Map.Entry<Path, String>> arguments = new ArrayList<>();
    private List<Problem> settingProblems = List.of();
    private boolean deferLinking;

    public PodiumWorkspace(Injector injector) {
        this.injector = injector;
        this.resourceSet = injector.getInstance(XtextResourceSet.class);
        // EMF's global registry names whichever injector registered last (the editor's or this one).
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION.substring(1),
                injector.getInstance(IResourceFactory.class));
    }

    /** A workspace over the headless language instance. */
    public static PodiumWorkspace create() {
        return new PodiumWorkspace(PodiumLanguage.injector());
    }

    /**
     * Files added from now on are loaded without their links, which {@link #linkDeferred()} installs, or
     * {@link #validate()} before it validates: for callers that add every file first and then read all
     * links (the actuals import, {@code podium validate}).
     */
    public void deferLinking() {
        deferLinking = true;
    }

    /**
     * Installs the links of the files loaded since {@link #deferLinking()}, now that the workspace's files
     * are all loaded ({@link PodiumLinkingService#linkDeferred}).
     */
    public void linkDeferred() {
        List.copyOf(resourceSet.getResources()).forEach(PodiumLinkingService::linkDeferred);
    }

    /**
     * Files added from now on whose absolute path is a key of {@code texts} are read from its text instead
     * of the disk (an editor's unsaved text); the keys are absolute, normalised paths.
     */
    public void replaceTexts(Map<Path, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /**
     * Adds a file, or every .podium file under a folder; unreadable input becomes a problem. A folder's
     * XMI models are not read with it (a copy made by {@code podium convert} beside its text would be read
     * twice): they are listed in {@link #skippedModels()}, and are read when given as files.
     */
    public void add(Path argument) {
        add(argument, argument.toString());
    }

    /**
     * Adds a file, or every .podium file under a folder, named in problems as {@code shown} (and below it):
     * the path as the user gave it, when {@code argument} is that path resolved against another folder.
     */
    public void add(Path argument, String shown) {
        arguments.add(Map.entry(argument, shown));
        List<Map.Entry<Path, String>> texts = new ArrayList<>();
        List<Map.Entry<Path, Path>> models = new ArrayList<>();
        list(argument, shown, texts, models);
        keepFirst(texts, added);
        keepFirst(models, skipped);
        texts.forEach(file -> addFile(file.getKey(), file.getValue()));
        models.forEach(model -> skippedModels.add(model.getValue()));
    }

    /**
     * Drops the entries whose file is in {@code seen} already, adding the others': a file named twice (a folder
     * and a file in it, or one folder by two paths) is one file.
     */
    private static <V> void keepFirst(List<Map.Entry<Path, V>> files, Set<Path> seen) {
        files.removeIf(file -> !seen.add(identity(file.getKey())));
    }

    /** The same file whatever path names it: its real path, else its absolute normalised one. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * The files {@code argument} stands for, each with the name problems give it: {@code .podium} and
     * XMI files given as such into {@code files}, the folder's XMI models into {@code models}; false
     * (and a problem) when a folder cannot be read.
     */
    private boolean list(Path argument, String shown, List<Map.Entry<Path, String>> files, List<Map.Entry<Path, Path>> models) {
        if (!Files.isDirectory(argument)) {
            files.add(Map.entry(argument, shown));
            return true;
        }
        List<Path> found = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(argument, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // one folder the user may not read must not hide every other file of the workspace
                    unreadable.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(argument);
        }
        found.stream().sorted().forEach(p -> {
            Path named = Path.of(shown).resolve(argument.relativize(p));
            if (p.toString().endsWith(EXTENSION)) {
                files.add(Map.entry(p, named.toString()));
            } else if (XmiFiles.isXmi(p)) {
                models.add(Map.entry(p, named));
            }
        });
        for (Path folder : unreadable) {
            String named = Path.of(shown).resolve(argument.relativize(folder)).toString();
            problems.add(new Problem(named, 1, 1, Severity.ERROR, IssueCodes.UNREADABLE,
                    Texts.message(IssueCodes.UNREADABLE, "cannotReadFolder")));
        }
        return unreadable.isEmpty();
    }

    /**
     * Brings a long-lived workspace (the daemon's) up to date with its files on disk: a file whose text
     * changed is parsed again, and so is every file that links into one (its links hold the replaced
     * elements), after which {@link #validate()} finds what a new workspace over the same files finds.
     * False when that cannot be done in place and the caller must start a new workspace: a file added,
     * removed, unreadable or beyond the limits; a changed file that declares other names than before
     * (links elsewhere may now resolve differently); a change every file links into (all would be parsed
     * again: a new workspace costs the same, with less memory); XMI models; replaced texts; problems in
     * reading.
     */
    public boolean refresh() {
        if (xmi != null || !problems.isEmpty() || !texts.isEmpty()) {
            return false;
        }
        List<Map.Entry<Path, String>> listed = new ArrayList<>();
        List<Map.Entry<Path, Path>> models = new ArrayList<>();
        for (Map.Entry<Path, String> argument : arguments) {
            if (!list(argument.getKey(), argument.getValue(), listed, models)) {
                return false;
            }
        }
        keepFirst(listed, new HashSet<>());
        keepFirst(models, new HashSet<>());
        List<Map.Entry<Path, String>> loaded = files.entrySet().stream()
                .map(e -> Map.entry(e.getValue(), displayPaths.get(e.getKey()))).toList();
        if (!listed.equals(loaded) || !models.stream().map(Map.Entry::getValue).toList().equals(skippedModels)) {
            return false;
        }
        Map<XtextResource, String> changed = new LinkedHashMap<>();
        long total = 0;
        try {
            for (Map.Entry<Resource, Path> file : files.entrySet()) {
                long size = Files.size(file.getValue());
                total += size;
                if (size > Limits.PODIUM_FILE_BYTES || total > Limits.WORKSPACE_BYTES) {
                    return false;
                }
                String shown = displayPaths.get(file.getKey());
                SourceText source = SourceText.decode(shown, Files.readAllBytes(file.getValue()));
                if (source.problem() != null || Nesting.check(shown, source.text()) != null) {
                    return false;
                }
                if (!source.text().equals(WorkspaceRefresh.parsedText(file.getKey()))) {
                    changed.put((XtextResource) file.getKey(), source.text());
                }
            }
        } catch (IOException e) {
            return false;
        }
        return changed.isEmpty() || new WorkspaceRefresh(injector, files.keySet()).reparse(changed);
    }

    /** The XMI models in the folders added, which were not read (give them as files to read them). */
    public List<Path> skippedModels() {
        return List.copyOf(skippedModels);
    }

    /** Adds text under a name, as if read from a file (tests, benchmarks, editors); null when it is refused (see {@link #readProblems()}). */
    public XtextResource addText(String path, String text) {
        return load(Path.of(path), path, text);
    }

    private XtextResource load(Path file, String path, String text) {
        Problem tooDeep = Nesting.check(path, text);
        if (tooDeep != null) {
            // the parser and every tree walk after it recurse per level: refuse before they overflow
            problems.add(tooDeep);
            return null;
        }
        if (xmi != null) {
            xmi.keepText(file);
        }
        // the language's own factory, whatever the file is called: a name the language does not claim
        // (notes.txt) would otherwise get EMF's default XMI resource
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
        resourceSet.getResources().add(resource);
        try {
            // The text is decoded already: Xtext reads a LazyStringInputStream as the string it holds.
            resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name(),
                            PodiumResource.OPTION_DEFER_LINKING, deferLinking));
        } catch (IOException e) {
            problems.add(new Problem(path, 0, 0, Severity.ERROR, IssueCodes.UNREADABLE, e.getMessage()));
        }
        displayPaths.put(resource, path);
        return resource;
    }

    private void addFile(Path file, String shown) {
        if (XmiFiles.isXmi(file)) {
            xmi().add(file, shown);
            return;
        }
        String replaced = texts.get(file.toAbsolutePath().normalize());
        if (replaced != null) {
            put(load(file, shown, replaced), file);
            return;
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                bytes = readAtMost(file, shown);
                if (bytes == null) {
                    return;
                }
            } else if (!withinLimits(file, shown)) {
                return;
            } else {
                bytes = Files.readAllBytes(file);
            }
        } catch (IOException e) {
            problems.add(unreadable(shown, file, e));
            return;
        }
        SourceText source = SourceText.decode(shown, bytes);
        if (source.problem() != null) {
            problems.add(source.problem());
            return;
        }
        put(load(file, shown, source.text()), file);
    }

    private void put(XtextResource resource, Path file) {
        if (resource != null) {
            files.put(resource, file);
        }
    }

    /**
     * A pipe or a device ({@code <(…)}, /dev/stdin) has no size to check first: read up to the limit, and one
     * that goes on (/dev/zero) is the same located problem as a file too large; null then.
     */
    private byte[] readAtMost(Path file, String shown) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Limits.PODIUM_FILE_BYTES + 1);
            if (bytes.length > Limits.PODIUM_FILE_BYTES) {
                problems.add(new Problem(shown, 1, 1, Severity.ERROR, IssueCodes.TOO_LARGE,
                        Texts.message(IssueCodes.TOO_LARGE, "endless", Limits.mebibytes(Limits.PODIUM_FILE_BYTES))));
                return null;
            }
            return withinWorkspace(bytes.length, shown) ? bytes : null;
        }
    }

    /** A file, or the workspace with it, beyond {@link Limits} is a located problem, never read. */
    private boolean withinLimits(Path file, String shown) throws IOException {
        long size = Files.size(file);
        if (size > Limits.PODIUM_FILE_BYTES) {
            int[] at = Limits.position(file, Limits.PODIUM_FILE_BYTES);
            problems.add(new Problem(shown, at[0], at[1], Severity.ERROR, IssueCodes.TOO_LARGE,
                    Texts.message(IssueCodes.TOO_LARGE, null, size, Limits.mebibytes(Limits.PODIUM_FILE_BYTES))));
            return false;
        }
        return withinWorkspace(size, shown);
    }

    /** Counts {@code size} more bytes read, or makes them a problem when the workspace would exceed its limit. */
    private boolean withinWorkspace(long size, String shown) {
        if (bytesRead + size > Limits.WORKSPACE_BYTES) {
            problems.add(new Problem(shown, 1, 1, Severity.ERROR, IssueCodes.TOO_LARGE,
                    Texts.message(IssueCodes.TOO_LARGE, "workspace", Limits.mebibytes(Limits.WORKSPACE_BYTES))));
            return false;
        }
        bytesRead += size;
        return true;
    }

    private XmiFiles xmi() {
        if (xmi == null) {
            xmi = new XmiFiles(resourceSet);
        }
        return xmi;
    }

    /** A file that could not be read, and why, in the user's language. */
    private static Problem unreadable(String shown, Path file, IOException e) {
        String message = e instanceof java.nio.file.AccessDeniedException ? Texts.message(IssueCodes.UNREADABLE, "cannotReadFileDenied") //$NON-NLS-1$
                : Files.isDirectory(file) ? Texts.message(IssueCodes.UNREADABLE, "cannotReadFolderAsFile") //$NON-NLS-1$
                : Texts.message(IssueCodes.UNREADABLE, "cannotReadFile", e.getClass().getSimpleName() + " " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        return new Problem(shown, 1, 1, Severity.ERROR, IssueCodes.UNREADABLE, message);
    }

    /** Applies the first {@value Severities#FILE_NAME} found in a folder or its parents. */
    public void applySeverities(Path start) {
        LanguageInspections inspections = injector.getInstance(LanguageInspections.class);
        settingProblems = List.of();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(Severities.FILE_NAME);
            // a folder of that name is a mistake to report, not a file to look past (RunKey looks for it alike)
            if (Files.exists(file)) {
                try {
                    SourceText text = SourceText.decode(file.toString(), Files.readAllBytes(file));
                    settingProblems = text.problem() != null ? List.of(text.problem()) : inspections.severities()
                            .apply(file.toString(), text.text(), inspections.registry());
                } catch (IOException e) {
                    settingProblems = List.of(unreadable(file.toString(), file, e));
                }
                return;
            }
        }
    }

    /** Every problem of every file, sorted by {@link Problem#ORDER}. */
    public List<Problem> validate() {
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        List<Problem> result = new ArrayList<>(problems);
        result.addAll(settingProblems);
        Set<String> failed = new HashSet<>();
        installIndex();
        try {
            // under the index, where the validation's own lookups go
            linkDeferred();
            for (Resource resource : List.copyOf(displayPaths.keySet())) {
                String path = displayPaths.get(resource);
                for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                    if (firstReport(issue, failed)) {
                        result.add(toProblem(path, issue));
                    }
                }
            }
            if (xmi != null) {
                result.addAll(xmi.validate(injector.getInstance(LanguageInspections.class), failed));
            }
        } finally {
            removeIndex();
        }
        result.sort(Problem.ORDER);
        return result;
    }

    /**
     * Indexes the exported names of every file, as the language server does: without it each
     * reference is looked up file by file through the whole resource set, which dominated validation.
     */
    private void installIndex() {
        IResourceDescription.Manager manager = injector.getInstance(IResourceDescription.Manager.class);
        List<IResourceDescription> descriptions = resourceSet.getResources().stream()
                .filter(XtextResource.class::isInstance).map(manager::getResourceDescription).toList();
        removeIndex();
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
                new ResourceDescriptionsData(descriptions));
    }

    /** Files may change after validation (editors, tests); lookups then go through the resource set again. */
    private void removeIndex() {
        resourceSet.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
    }

    /**
     * Problems found while reading plus every file's syntax errors, without validating the content: what
     * keeps a file from being read completely, at the cost of reading it (a workspace of 200,000 actuals
     * takes seconds more to validate).
     */
    public List<Problem> syntaxProblems() {
        List<Problem> result = new ArrayList<>(problems);
        result.addAll(settingProblems);
        displayPaths.forEach((resource, path) -> {
            for (Resource.Diagnostic d : resource.getErrors()) {
                String code = reportedCode(d instanceof AbstractDiagnostic a ? a.getCode() : null);
                String message = d.getMessage() == null ? "" : d.getMessage().replaceAll("\\s+", " ");
                result.add(new Problem(path, d.getLine(), d.getColumn(), Severity.ERROR, code, message));
            }
        });
        result.sort(Problem.ORDER);
        return result;
    }

    /** Problems found while reading (encoding, binary files, folders). */
    public List<Problem> readProblems() {
        return List.copyOf(problems);
    }

    /** The loaded files by resource, in load order. */
    public Map<Resource, Path> files() {
        return files;
    }

    public XtextResourceSet resourceSet() {
        return resourceSet;
    }

    public Injector injector() {
        return injector;
    }

    /** An inspection that failed is reported once for the whole workspace, not once per file it failed in. */
    private static boolean firstReport(Issue issue, Set<String> failed) {
        String[] data = issue.getData();
        return !Inspector.FAILED.equals(issue.getCode()) || data == null || data.length == 0 || failed.add(data[0]);
    }

    /** The code to report for a problem Xtext found: the catalogue's, else (Xtext's own codes) a syntax error. */
    public static String reportedCode(String xtextCode) {
        return InspectionDescriptor.isCode(xtextCode) ? xtextCode : IssueCodes.SYNTAX;
    }

    private static Problem toProblem(String path, Issue issue) {
        Severity severity = switch (issue.getSeverity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
        String code = reportedCode(issue.getCode());
        String message = issue.getMessage() == null ? "" : issue.getMessage().replaceAll("\\s+", " ");
        return new Problem(path, orZero(issue.getLineNumber()), orZero(issue.getColumn()), severity, code, message);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}

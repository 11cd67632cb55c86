/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.function.Function;

/** A save that {@link AtomicFiles} refused before writing anything; the message says why in words. */
public final class ReadOnlyTargetException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** Why the target cannot be written. */
    public enum Reason {
        /** The file is read-only (its mode, or the process may not write it). */
        FILE_READ_ONLY,
        /** The folder does not let the process create or replace files. */
        FOLDER_READ_ONLY,
        /** The target is a folder. */
        IS_FOLDER,
        /** The file belongs to another user, and its owner could not be kept. */
        OTHER_OWNER
    }

    private final Reason reason;
    private final transient Path folder;

    public ReadOnlyTargetException(Path target, Reason reason, Path folder) {
        super(target.toString());
        this.reason = reason;
        this.folder = folder;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return message(Path::toString);
    }

    /** The message with each path written as {@code shown} writes it (a command: relative to its working directory). */
    public String message(Function<Path, String> shown) {
        String file = shown.apply(Path.of(getFile()));
        return switch (reason) {
            case FILE_READ_ONLY -> Messages.format(Messages.ReadOnly_file, file);
            case FOLDER_READ_ONLY -> Messages.format(Messages.ReadOnly_folder, shown.apply(folder), file);
            case IS_FOLDER -> Messages.format(Messages.ReadOnly_isFolder, file);
            case OTHER_OWNER -> Messages.format(Messages.ReadOnly_otherOwner, file);
        };
    }
}

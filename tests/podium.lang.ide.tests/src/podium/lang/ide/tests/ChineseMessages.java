/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import podium.lang.ide.internal.Messages;
import podium.testing.MessageFiles;

/**
 * The Chinese texts in the IDE bundle's NLS fields until closed: NLS fills those fields once per JVM
 * from its locale and the tests run in English, so this is how a test sees what a zh_CN workbench
 * shows, wording built by the services included.
 */
final class ChineseMessages implements AutoCloseable {
    private final Map<Field, Object> english = new HashMap<>();

    ChineseMessages() throws IOException {
        Properties chinese = MessageFiles.load(Messages.class, MessageFiles.CHINESE);
        for (Field field : MessageFiles.fields(Messages.class)) {
            english.put(field, get(field));
            set(field, chinese.getProperty(field.getName()));
        }
    }

    @Override
    public void close() {
        english.forEach(ChineseMessages::set);
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object value) {
        try {
            field.set(null, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

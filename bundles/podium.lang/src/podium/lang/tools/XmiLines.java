/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where each element of an XMI file starts (line and column of the {@code <} of its start tag), by its
 * EMF URI fragment ({@code //@elements.3/@shares.1}), so that problems in an XMI model can be located
 * like problems in text. EMF keeps no positions; the file is read once more with a SAX parser, whose
 * locator stands at the end of each start tag: the tag's {@code <} is the last one before it, since
 * a start tag holds no other {@code <} (attribute values escape it).
 */
final class XmiLines {

    /** A position in the file, 1-based. */
    record Position(int line, int column) {
    }

    private final Map<String, Position> positions;

    private XmiLines(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** The positions of the elements of an XMI file; none when it cannot be parsed (EMF said why already). */
    static XmiLines of(byte[] xmi) {
        Handler handler = new Handler(new String(xmi, StandardCharsets.UTF_8));
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            factory.newSAXParser().parse(new ByteArrayInputStream(xmi), handler);
        } catch (Exception e) {
            // positions found so far are kept
        }
        return new XmiLines(handler.positions);
    }

    /** Where the element with {@code fragment} starts; the file's first line when it is not known. */
    Position of(String fragment) {
        return positions.getOrDefault(fragment, new Position(1, 1));
    }

    private static final class Handler extends DefaultHandler {
        private final String text;
        private final List<Integer> lineStarts = new ArrayList<>();
        private final Map<String, Position> positions = new HashMap<>();
        private final Deque<String> paths = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> counts = new ArrayDeque<>();
        private Locator locator;

        Handler(String text) {
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        /** The position of the {@code <} that opens the start tag ending at the locator's position. */
        private Position tagStart() {
            int line = locator.getLineNumber();
            int column = Math.max(1, locator.getColumnNumber());
            if (line < 1 || line > lineStarts.size()) {
                return new Position(Math.max(line, 1), column);
            }
            int end = Math.min(text.length(), lineStarts.get(line - 1) + column - 1);
            int open = text.lastIndexOf('<', end - 1);
            if (open < 0) {
                return new Position(line, column);
            }
            int openLine = lineOf(open);
            return new Position(openLine + 1, open - lineStarts.get(openLine) + 1);
        }

        /** The 0-based line of a 0-based offset. */
        private int lineOf(int offset) {
            int found = Collections.binarySearch(lineStarts, offset);
            return found >= 0 ? found : -found - 2;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Position position = tagStart();
            String path;
            if (paths.isEmpty()) {
                path = "/"; //$NON-NLS-1$
                positions.put(path, position);
            } else {
                String parent = paths.peek();
                int index = counts.peek().merge(localName, 1, Integer::sum) - 1;
                String prefix = parent + "/@" + localName; //$NON-NLS-1$
                path = prefix + '.' + index;
                positions.put(path, position);
                if (index == 0) {
                    positions.put(prefix, position); // a single-valued feature has no index
                }
            }
            paths.push(path);
            counts.push(new HashMap<>());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            paths.pop();
            counts.pop();
        }
    }
}

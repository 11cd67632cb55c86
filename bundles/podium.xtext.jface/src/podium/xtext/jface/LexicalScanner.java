/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Colours code with the language's own runtime lexer, so keywords, numbers and identifiers look
 * exactly as the parser sees them; the token-to-style mapping is the language's ide binding.
 */
public final class LexicalScanner implements ITokenScanner {
    private static final Key<ITokenDefProvider> HIGHLIGHTING_TOKENS = Key.get(ITokenDefProvider.class,
            Names.named(LexerIdeBindings.HIGHLIGHTING));

    private final Provider<Lexer> lexers;
    private final AbstractAntlrTokenToAttributeIdMapper styleIds;
    private final TokenStyles styles;
    private final Map<Integer, String> overrides = new HashMap<>();
    private Lexer lexer;
    private int baseOffset;
    private int tokenOffset;
    private int tokenLength;

    public LexicalScanner(Injector languageInjector, TokenStyles styles) {
        this(languageInjector, styles, Map.of());
    }

    /**
     * @param tokenStyleIds style ids for terminal rules by token name ({@code RULE_NUMBER}), for
     *        terminals that Xtext's default mapping leaves plain
     */
    public LexicalScanner(Injector languageInjector, TokenStyles styles, Map<String, String> tokenStyleIds) {
        this.lexers = languageInjector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
        this.styleIds = styleIdMapper(languageInjector);
        this.styles = styles;
        languageInjector.getInstance(ITokenDefProvider.class).getTokenDefMap().forEach((type, name) -> {
            if (tokenStyleIds.containsKey(name)) {
                overrides.put(type, tokenStyleIds.get(name));
            }
        });
    }

    private static AbstractAntlrTokenToAttributeIdMapper styleIdMapper(Injector injector) {
        // The mapper wants the highlighting lexer's token names; a language without a separate
        // highlighting lexer shares the runtime lexer's, which name the same tokens.
        Injector withTokenNames = injector.getExistingBinding(HIGHLIGHTING_TOKENS) != null ? injector
                : injector.createChildInjector(binder -> binder.bind(HIGHLIGHTING_TOKENS)
                        .toProvider(injector.getProvider(ITokenDefProvider.class)));
        try {
            return withTokenNames.getInstance(AbstractAntlrTokenToAttributeIdMapper.class);
        } catch (ConfigurationException notBound) {
            return withTokenNames.getInstance(DefaultAntlrTokenToAttributeIdMapper.class);
        }
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        try {
            lexer = lexers.get();
            lexer.setCharStream(new ANTLRStringStream(document.get(offset, length)));
            baseOffset = offset;
            tokenOffset = offset;
            tokenLength = 0;
        } catch (BadLocationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public IToken nextToken() {
        CommonToken token = (CommonToken) lexer.nextToken();
        if (token.getType() == org.antlr.runtime.Token.EOF) {
            return Token.EOF;
        }
        tokenOffset = baseOffset + token.getStartIndex();
        tokenLength = token.getStopIndex() - token.getStartIndex() + 1;
        String styleId = overrides.getOrDefault(token.getType(), styleIds.getId(token.getType()));
        return styleId == null ? Token.UNDEFINED : new Token(styles.attributeFor(styleId));
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}

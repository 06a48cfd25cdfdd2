package org.agendaplanner.model;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Stops at the first YAML alias ({@code *name}). Jackson's YAML parser hands an alias on as a text holding the
 * anchor's name, so {@code title: {en: *t}} would silently become the title "t"; resolving aliases would make one
 * value stand in several places of the file, which the line and column of a message could no longer point to.
 * Anchors alone ({@code &name}) are harmless and read as usual.
 */
final class YamlAliasGuard extends JsonParserDelegate {

    private YamlAliasGuard(JsonParser parser) {
        super(parser);
    }

    static JsonParser guard(JsonParser parser) {
        return parser instanceof YAMLParser ? new YamlAliasGuard(parser) : parser;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        var token = delegate.nextToken();
        if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new AliasException(this, yaml.getText());
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        var token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** Where an alias stands, with the anchor it names. */
    static final class AliasException extends JsonParseException {

        private static final long serialVersionUID = 1L;

        private final String anchor;
        private final String path;

        AliasException(JsonParser parser, String anchor) {
            super(parser, "YAML alias *" + anchor);
            this.anchor = anchor;
            this.path = ParseErrorMessages.pathOf(parser.getParsingContext());
        }

        String path() {
            return path;
        }

        String anchor() {
            return anchor;
        }
    }
}

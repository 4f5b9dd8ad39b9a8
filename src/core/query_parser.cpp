// Lexer and recursive-descent parser of the query language (see query.hpp).

#include "core/query.hpp"
#include "core/text.hpp"

#include <cctype>

namespace recmap::core {
namespace {

struct Token {
    enum class Type { Name, String, LeftParen, RightParen, Comma, End };
    Type type = Type::End;
    std::string text;
    size_t column = 0; // 1-based
};

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const size_t column = i + 1;
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '(' || c == ')' || c == ',') {
            tokens.push_back({c == '('   ? Token::Type::LeftParen
                              : c == ')' ? Token::Type::RightParen
                                         : Token::Type::Comma,
                              std::string(1, c), column});
            ++i;
        } else if (c == '\'' || c == '"') {
            const size_t end = text.find(c, i + 1);
            if (end == std::string_view::npos) {
                throw QueryError(column, "unterminated string");
            }
            tokens.push_back(
                {Token::Type::String, std::string(text.substr(i + 1, end - i - 1)), column});
            i = end + 1;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            size_t end = i;
            while (end < text.size() &&
                   (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' ||
                    text[end] == '-' || text[end] == '.')) {
                ++end;
            }
            tokens.push_back({Token::Type::Name, std::string(text.substr(i, end - i)), column});
            i = end;
        } else {
            throw QueryError(column, std::string("unexpected character '") + c + "'");
        }
    }
    tokens.push_back({Token::Type::End, "", text.size() + 1});
    return tokens;
}

bool isKeyword(const Token& token, std::string_view keyword) {
    return token.type == Token::Type::Name && toLowerAscii(token.text) == keyword;
}

class Parser {
  public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    std::unique_ptr<QueryNode> parse() {
        if (peek().type == Token::Type::End) {
            throw QueryError(peek().column, "empty query");
        }
        auto node = parseOr();
        if (peek().type != Token::Type::End) {
            throw QueryError(peek().column,
                             "expected 'and', 'or' or the end, found '" + peek().text + "'");
        }
        return node;
    }

  private:
    const Token& peek() const { return m_tokens[m_position]; }
    const Token& take() { return m_tokens[m_position++]; }

    // `a and b and c` is one And node with three children, not a chain of two-child nodes: a
    // long chain (a generated `is(A) or is(B) or ...` over every state) would otherwise make a
    // tree as deep as the query is long, and binding, evaluating and destroying it recurse.
    std::unique_ptr<QueryNode> chain(QueryNode::Kind kind, std::string_view keyword,
                                     std::unique_ptr<QueryNode> (Parser::*operand)()) {
        auto first = (this->*operand)();
        if (!isKeyword(peek(), keyword)) {
            return first;
        }
        auto node = std::make_unique<QueryNode>();
        node->kind = kind;
        node->column = peek().column;
        node->children.push_back(std::move(first));
        while (isKeyword(peek(), keyword)) {
            take();
            node->children.push_back((this->*operand)());
        }
        return node;
    }

    std::unique_ptr<QueryNode> parseOr() {
        return chain(QueryNode::Kind::Or, "or", &Parser::parseAnd);
    }

    std::unique_ptr<QueryNode> parseAnd() {
        return chain(QueryNode::Kind::And, "and", &Parser::parseUnary);
    }

    std::unique_ptr<QueryNode> parseUnary() {
        // Parentheses and `not` nest through here: the limit keeps the recursion (and the
        // tree's depth) small enough for any stack.
        if (++m_depth > maxNesting) {
            throw QueryError(peek().column, "query nested too deeply (more than " +
                                                std::to_string(maxNesting) +
                                                " parentheses or 'not' inside each other)");
        }
        std::unique_ptr<QueryNode> node;
        if (isKeyword(peek(), "not")) {
            node = std::make_unique<QueryNode>();
            node->kind = QueryNode::Kind::Not;
            node->column = take().column;
            node->children.push_back(parseUnary());
        } else {
            node = parsePrimary();
        }
        --m_depth;
        return node;
    }

    std::unique_ptr<QueryNode> parsePrimary() {
        const Token& token = peek();
        if (token.type == Token::Type::LeftParen) {
            take();
            auto inner = parseOr();
            if (peek().type != Token::Type::RightParen) {
                throw QueryError(peek().column,
                                 "expected ')'" + (peek().type == Token::Type::End
                                                       ? std::string(" before the end")
                                                       : ", found '" + peek().text + "'"));
            }
            take();
            return inner;
        }
        if (token.type != Token::Type::Name || isKeyword(token, "and") || isKeyword(token, "or")) {
            throw QueryError(token.column,
                             token.type == Token::Type::End
                                 ? "expected a predicate such as member(NATO) before the end"
                                 : "expected a predicate such as member(NATO), found '" +
                                       token.text + "'");
        }
        auto node = std::make_unique<QueryNode>();
        node->kind = QueryNode::Kind::Call;
        node->function = toLowerAscii(token.text);
        node->column = token.column;
        take();
        if (peek().type != Token::Type::LeftParen) {
            throw QueryError(peek().column, "expected '(' after " + token.text);
        }
        take();
        if (peek().type == Token::Type::RightParen) {
            take();
            return node;
        }
        while (true) {
            const Token& argument = peek();
            if (argument.type != Token::Type::Name && argument.type != Token::Type::String) {
                throw QueryError(argument.column, "expected a name, found '" + argument.text + "'");
            }
            node->arguments.push_back({argument.text, argument.column});
            take();
            if (peek().type == Token::Type::Comma) {
                take();
                continue;
            }
            if (peek().type != Token::Type::RightParen) {
                throw QueryError(peek().column, "expected ',' or ')'");
            }
            take();
            return node;
        }
    }

    static constexpr int maxNesting = 200;
    std::vector<Token> m_tokens;
    size_t m_position = 0;
    int m_depth = 0;
};

} // namespace

std::unique_ptr<QueryNode> parseQuery(std::string_view text) {
    return Parser(tokenize(text)).parse();
}

} // namespace recmap::core

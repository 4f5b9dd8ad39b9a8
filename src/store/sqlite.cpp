#include "store/sqlite.hpp"

#include "core/error.hpp"

#include <sqlite3.h>

namespace recmap::store {

void SqliteDatabase::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}
void SqliteStatement::Finalizer::operator()(sqlite3_stmt* statement) const {
    sqlite3_finalize(statement);
}

SqliteDatabase::SqliteDatabase(const std::filesystem::path& path, Mode mode)
    : m_path(path.string()) {
    sqlite3* handle = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int status = sqlite3_open_v2(m_path.c_str(), &handle, flags, nullptr);
    m_db.reset(handle);
    if (status != SQLITE_OK) {
        fail("cannot open database");
    }
    if (mode == Mode::ReadOnly) {
        // Read through a memory map: pages come straight from the page cache (the kernel maps
        // several at each fault) instead of being copied into SQLite's own cache one by one.
        execute("PRAGMA mmap_size = 1073741824");
    }
}

void SqliteDatabase::fail(const std::string& what) const {
    const char* reason = m_db ? sqlite3_errmsg(m_db.get()) : "out of memory";
    throw core::InputError(m_path + ": error: " + what + ": " + reason);
}

void SqliteDatabase::execute(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string reason = message ? message : "unknown error";
        sqlite3_free(message);
        throw core::InputError(m_path + ": error: " + reason);
    }
}

SqliteStatement SqliteDatabase::prepare(const std::string& sql) {
    return SqliteStatement(*this, sql);
}

SqliteStatement::SqliteStatement(SqliteDatabase& database, const std::string& sql)
    : m_database(&database) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(database.m_db.get(), sql.c_str(), -1, &statement, nullptr) !=
        SQLITE_OK) {
        database.fail("cannot prepare '" + sql.substr(0, 60) + "'");
    }
    m_statement.reset(statement);
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_statement.get(), index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, int64_t value) {
    sqlite3_bind_int64(m_statement.get(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    sqlite3_bind_double(m_statement.get(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, std::span<const uint8_t> blob) {
    sqlite3_bind_blob(m_statement.get(), index, blob.data(), static_cast<int>(blob.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement.get(), index);
    return *this;
}

SqliteStatement& SqliteStatement::bindOptional(int index, const std::string& text) {
    return text.empty() ? bindNull(index) : bind(index, std::string_view(text));
}

bool SqliteStatement::step() {
    const int status = sqlite3_step(m_statement.get());
    if (status == SQLITE_ROW) {
        return true;
    }
    if (status == SQLITE_DONE) {
        return false;
    }
    m_database->fail("query failed");
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

std::string SqliteStatement::text(int column) const {
    const auto* value = sqlite3_column_text(m_statement.get(), column);
    return value ? reinterpret_cast<const char*>(value) : "";
}

int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement.get(), column);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase& database) : m_database(database) {
    m_database.execute("BEGIN");
}

SqliteTransaction::~SqliteTransaction() {
    if (!m_done) {
        try {
            m_database.execute("ROLLBACK");
        } catch (...) {
            // Nothing more can be done in a destructor; the file is a temporary one anyway.
        }
    }
}

void SqliteTransaction::commit() {
    m_database.execute("COMMIT");
    m_done = true;
}

} // namespace recmap::store

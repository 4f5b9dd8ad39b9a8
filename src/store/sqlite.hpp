#pragma once

// Private to store: RAII over the SQLite C API. Errors throw core::InputError naming the file.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace recmap::store {

class SqliteStatement;

class SqliteDatabase {
  public:
    enum class Mode { ReadOnly, Create };
    SqliteDatabase(const std::filesystem::path& path, Mode mode);

    void execute(const std::string& sql); // one or more statements, no results
    [[nodiscard]] SqliteStatement prepare(const std::string& sql);
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[noreturn]] void fail(const std::string& what) const;

  private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::string m_path;
    std::unique_ptr<sqlite3, Closer> m_db;
    friend class SqliteStatement;
};

class SqliteStatement {
  public:
    SqliteStatement(SqliteDatabase& database, const std::string& sql);

    SqliteStatement& bind(int index, std::string_view text); // 1-based
    SqliteStatement& bind(int index, int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bindBlob(int index, std::span<const uint8_t> blob);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bindOptional(int index, const std::string& text); // empty -> NULL
    // Runs to the next row; false when done.
    bool step();
    void reset();
    [[nodiscard]] std::string text(int column) const; // 0-based; NULL -> ""
    [[nodiscard]] int64_t integer(int column) const;

  private:
    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const;
    };
    SqliteDatabase* m_database;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() was called.
class SqliteTransaction {
  public:
    explicit SqliteTransaction(SqliteDatabase& database);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

  private:
    SqliteDatabase& m_database;
    bool m_done = false;
};

} // namespace recmap::store

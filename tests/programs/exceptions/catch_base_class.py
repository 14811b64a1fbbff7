# Catching a base class catches subclasses; order of clauses matters.
class AppError(Exception): pass
class DbError(AppError): pass
class ConnError(DbError): pass
for exc in (ConnError("c"), DbError("d"), AppError("a")):
    try:
        raise exc
    except DbError as e:
        print("db handler:", type(e).__name__)
    except AppError as e:
        print("app handler:", type(e).__name__)
# expect: db handler: ConnError
# expect: db handler: DbError
# expect: app handler: AppError

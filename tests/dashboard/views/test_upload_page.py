from dashboard.uploads import MAX_UPLOAD_BYTES

PAGE = "views/upload.py"
ARTICLE = (
    b"date 2024-03-05\n"
    b"Russian President Vladimir Putin met Iranian President Masoud Pezeshkian on Monday.\n"
)


def uploaded_files(app):
    return list(app.dataframe[0].value["source_file"]) if len(app.dataframe) else []


def test_uploaded_articles_join_the_corpus_tagged_uploaded(open_app):
    app = open_app(PAGE)
    app.file_uploader(key="upload_files").set_value(
        [("mine.txt", ARTICLE, "text/plain"), ("notes.md", ARTICLE + b"More.", "text/markdown")]
    ).run()
    assert not app.exception
    assert uploaded_files(app) == ["mine.txt", "notes.md"]
    app.switch_page("views/sources.py").run()
    assert any("uploaded" in label for label in app.selectbox(key="reader_doc").options)


def test_other_files_are_refused_with_their_name(open_app):
    app = open_app(PAGE)
    big = b"a" * (MAX_UPLOAD_BYTES + 1)
    app.file_uploader(key="upload_files").set_value(
        [
            ("evil.exe", b"MZ", "application/octet-stream"),
            ("huge.txt", big, "text/plain"),
            ("fine.txt", ARTICLE, "text/plain"),
        ]
    ).run()
    errors = " ".join(error.value for error in app.error).replace("\\", "")
    assert "evil.exe" in errors and "huge.txt" in errors
    assert uploaded_files(app) == ["fine.txt"]


def test_uploads_can_be_removed(open_app):
    app = open_app(PAGE)
    app.file_uploader(key="upload_files").set_value([("mine.txt", ARTICLE, "text/plain")]).run()
    app.button(key="remove_uploads").click().run()
    assert uploaded_files(app) == []
    assert any("No uploads yet" in info.value for info in app.info)

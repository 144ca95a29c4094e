#pragma once

// A tiny HTTP/1.0 server on 127.0.0.1 for the tests that fetch pages: canned responses by
// path, 404 for anything else; "/slow" never answers (timeouts, cancel).
#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace fc::test {

class LocalHttpServer : public QTcpServer
{
public:
    QHash<QByteArray, QByteArray> responses;
    int requests = 0;

    LocalHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    const QByteArray path = request.split(' ').value(1);
                    ++requests;
                    if (path == "/slow")
                        return;
                    socket->write(responses.value(path, "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QLatin1String(path)));
    }

    // A 200 response with its content type.
    static QByteArray ok(const QByteArray &type, const QByteArray &body)
    {
        return "HTTP/1.0 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    }
};

} // namespace fc::test

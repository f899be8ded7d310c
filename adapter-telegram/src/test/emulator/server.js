// The Telegram Bot API emulator for the adapter's end-to-end tests: telegram-test-api on 127.0.0.1, patched where
// it differs from the real Bot API in ways telegrambots cares about (see /work/shared/testing-notes.md).
// Usage: node server.js <port>. Prints "listening <port>" once it accepts requests.
'use strict';

const TelegramServer = require('telegram-test-api');
const { routes } = require('telegram-test-api/lib/routes/index');

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node server.js <port>');
  process.exit(2);
}

// Presses the bot answered, so tests can check every callback query got its answer (the emulator drops them).
const answeredCallbacks = [];
const HOLD_MS = 1000;

// Our routes go first: express matches in registration order, and the package registers its own in the constructor.
routes.unshift((app, server) => {
  // getUpdates answers at once in the emulator; the real API holds the request. Hold until an update or ~1 s.
  app.all('/bot:token/getUpdates', (req, res) => {
    const deadline = Date.now() + HOLD_MS;
    const poll = () => {
      const updates = server.getUpdates(req.params.token);
      if (updates.length > 0 || Date.now() >= deadline || !server.started) {
        res.json({ ok: true, result: updates });
      } else {
        setTimeout(poll, 20);
      }
    };
    poll();
  });
  // getMe lacks is_bot, which telegrambots requires.
  app.all('/bot:token/getMe', (_req, res) => {
    res.json({ ok: true, result: { id: 666, is_bot: true, first_name: 'Mockingbird', username: 'TestNameBot' } });
  });
  // Edits and answers return null in the emulator; the real API returns true.
  app.all('/bot:token/editMessageText', (req, res) => {
    server.editMessageText(req.body);
    res.json({ ok: true, result: true });
  });
  app.all('/bot:token/editMessageReplyMarkup', (req, res) => {
    server.editMessageReplyMarkup(req.body);
    res.json({ ok: true, result: true });
  });
  app.all('/bot:token/answerCallbackQuery', (req, res) => {
    answeredCallbacks.push({ token: req.params.token, ...req.body });
    res.json({ ok: true, result: true });
  });
  // Test side: which callback queries the bot answered.
  app.post('/answeredCallbacks', (req, res) => {
    res.json({ ok: true, result: answeredCallbacks.filter((a) => a.token === req.body.token) });
  });
});

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });

// sendMessage answers `date` in milliseconds; telegrambots reads it into 32 bits. The real API sends seconds.
const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (message, token) => {
  const sent = addBotMessage(message, token);
  return { ...sent, date: Math.floor(sent.date / 1000) };
};

server.start().then(() => {
  console.log(`listening ${port}`);
}, (error) => {
  console.error(`could not listen on ${port}: ${error}`);
  process.exit(1);
});

const stop = () => server.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The tests own this process: when they go away (stdin closes), so does the emulator.
process.stdin.on('end', stop);
process.stdin.resume();

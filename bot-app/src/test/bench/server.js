// The Telegram Bot API emulator for the reply-latency benchmark (ReplyLatencyBenchmark): telegram-test-api on
// 127.0.0.1 with the adapter tests' patches, plus two things a benchmark needs:
//  - getUpdates is held until an update arrives and answers the moment one does (the tests' emulator polls its
//    store every 20 ms, which would add up to 20 ms to every reply, equally for every bot);
//  - each person's message is timed here, on one clock: when it arrived, when a bot's getUpdates took it, and when
//    the bot's first sendMessage to that chat came back. The driver reads those times, so its own HTTP calls and
//    polling never count.
// Usage: node server.js <port>. Prints "listening <port>" once it accepts requests.
'use strict';

const TelegramServer = require('telegram-test-api');
const { routes } = require('telegram-test-api/lib/routes/index');
const { performance } = require('perf_hooks');

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node server.js <port>');
  process.exit(2);
}

const HOLD_MS = 1000;
// chat id -> { sent, taken } for the message waiting for its reply
const pending = new Map();
// chat id -> { total, pickup, answer } once the reply came
const timed = new Map();
const replied = [];

routes.unshift((app, server) => {
  app.all('/bot:token/getUpdates', (req, res) => {
    const answer = () => {
      const updates = server.getUpdates(req.params.token);
      const now = performance.now();
      for (const u of updates) {
        const chat = u.message ? String(u.message.chat.id) : null;
        if (chat && pending.has(chat) && pending.get(chat).taken === undefined) {
          pending.get(chat).taken = now;
        }
      }
      return updates;
    };
    const first = answer();
    if (first.length > 0 || !server.started) {
      res.json({ ok: true, result: first });
      return;
    }
    let done = false;
    const finish = () => {
      if (done) {
        return;
      }
      done = true;
      clearTimeout(timer);
      server.removeListener('AddedUserMessage', finish);
      server.removeListener('AddedUserCallbackQuery', finish);
      res.json({ ok: true, result: answer() });
    };
    const timer = setTimeout(finish, HOLD_MS);
    server.on('AddedUserMessage', finish);
    server.on('AddedUserCallbackQuery', finish);
  });
  app.all('/bot:token/getMe', (_req, res) => {
    res.json({ ok: true, result: { id: 666, is_bot: true, first_name: 'Bench', username: 'BenchBot' } });
  });
  app.all('/bot:token/answerCallbackQuery', (_req, res) => {
    res.json({ ok: true, result: true });
  });
  app.all('/bot:token/editMessageText', (req, res) => {
    server.editMessageText(req.body);
    res.json({ ok: true, result: true });
  });
  // Driver side: a person's message, timed from when it is stored for the bot.
  app.post('/benchSay', (req, res) => {
    const chat = String(req.body.chat.id);
    timed.delete(chat);
    // Set before the message is stored: storing it wakes the bot's held getUpdates at once.
    pending.set(chat, { sent: performance.now() });
    server.addUserMessage(req.body).then(() => res.json({ ok: true }));
  });
  // Driver side: waits for the bot's reply in a chat and answers its times in milliseconds.
  app.post('/benchAwait', (req, res) => {
    const chat = String(req.body.chatId);
    const deadline = Date.now() + 15000;
    const check = () => {
      if (timed.has(chat)) {
        res.json({ ok: true, result: timed.get(chat) });
      } else if (Date.now() > deadline) {
        res.json({ ok: false, description: `no reply in chat ${chat}` });
      } else {
        server.once('AddedBotMessage', check);
      }
    };
    check();
  });
});

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
server.setMaxListeners(0);

const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (message, token) => {
  const now = performance.now();
  const chat = String(message.chat_id);
  const waiting = pending.get(chat);
  if (waiting) {
    pending.delete(chat);
    timed.set(chat, { total: now - waiting.sent, pickup: (waiting.taken ?? now) - waiting.sent,
      answer: now - (waiting.taken ?? now) });
  }
  const sent = addBotMessage(message, token);
  // telegrambots reads date into 32 bits: seconds, as the real API sends.
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
process.stdin.on('end', stop);
process.stdin.resume();

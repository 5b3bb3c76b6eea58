-- Neovim's built-in LSP client against `layer-lens lsp --stdio` (run by test/unit/lsp-neovim.test.ts):
-- opens a manifest with one rule turned off in its settings, waits for the diagnostics, asks for a hover, applies
-- the quick fix of one finding, and writes what it saw as JSON to $LL_OUT. Written for Neovim 0.7 (Debian 12), whose API lacks vim.lsp.start.
local cli, root, file, out = os.getenv('LL_CLI'), os.getenv('LL_ROOT'), os.getenv('LL_FILE'), os.getenv('LL_OUT')
local result = { errors = {} }

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local client = vim.lsp.start_client({
    cmd = { 'node', cli, 'lsp', '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
    settings = { layerLens = { rules = { ['port-mismatch'] = 'off' } } },
    -- Neovim 0.7 neither announces workspace/configuration nor sends the settings by itself; its help says to
    -- send them from on_init.
    on_init = function(c) c.notify('workspace/didChangeConfiguration', { settings = c.config.settings }) end,
  })
  assert(client, 'the server did not start')
  vim.lsp.buf_attach_client(0, client)

  assert(vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50), 'no diagnostics arrived')
  result.codes = {}
  local hpa
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(result.codes, code)
    if code == 'replicas-with-hpa' then hpa = d end
  end

  local line = vim.fn.search('replicas: 3') - 1
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line, character = 3 } }
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000)
  for _, r in pairs(hover or {}) do
    if r.result then result.hover = r.result.contents.value end
  end

  assert(hpa, 'no replicas-with-hpa diagnostic')
  local range = { start = { line = hpa.lnum, character = hpa.col }, ['end'] = { line = hpa.end_lnum, character = hpa.end_col } }
  local diagnostic = { range = range, message = hpa.message, severity = hpa.severity, code = 'replicas-with-hpa', source = hpa.source }
  local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(),
    range = range,
    context = { diagnostics = { diagnostic } },
  }, 10000)
  for _, r in pairs(actions or {}) do
    for _, action in ipairs(r.result or {}) do
      result.action = action.title
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    end
  end
  result.text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()

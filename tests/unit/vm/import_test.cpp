// Importing .py modules and packages from sys.path (expected values checked with CPython 3.11).
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "vm_fixture.hpp"

namespace weft {
namespace {

class ImportTest : public VmTest {
 protected:
  void SetUp() override {
    VmTest::SetUp();
    dir_ = std::filesystem::temp_directory_path() /
           ("weft_import_test_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_ / "pkg");
    write("mod_a.py", "value = 42\ndef double(x):\n    return 2 * x\n");
    write("pkg/__init__.py", "from . import sub\nname = 'pkg'\n");
    write("pkg/sub.py", "val = 7\n");
    write("bad.py", "import mod_a\nraise ValueError('boom')\n");
  }
  void TearDown() override {
    std::filesystem::remove_all(dir_);
    VmTest::TearDown();
  }
  void write(const char* name, const char* text) { std::ofstream(dir_ / name) << text; }
  std::string prelude() { return "import sys\nsys.path.insert(0, '" + dir_.string() + "')\n"; }

  std::filesystem::path dir_;
};

TEST_F(ImportTest, ModulesAndPackages) {
  ASSERT_TRUE(run(prelude() +
                  "import mod_a\n"
                  "from mod_a import double as d\n"
                  "import pkg.sub\n"
                  "import pkg.sub as s2\n"
                  "from pkg import sub, name\n"
                  "r = [mod_a.value, d(4), pkg.sub.val, s2.val, sub.val, name, pkg.__name__,\n"
                  "     'pkg.sub' in sys.modules]\n"))
      << error();
  EXPECT_EQ(global("r"), "[42, 8, 7, 7, 7, 'pkg', 'pkg', True]");
}

TEST_F(ImportTest, FailedModuleIsRemovedFromSysModules) {
  ASSERT_TRUE(run(prelude() +
                  "try:\n"
                  "    import bad\n"
                  "except ValueError as e:\n"
                  "    r = ('bad' in sys.modules, 'mod_a' in sys.modules, str(e))\n"))
      << error();
  EXPECT_EQ(global("r"), "(False, True, 'boom')");
}

TEST_F(ImportTest, Errors) {
  ASSERT_TRUE(run(prelude() +
                  "r = []\n"
                  "try:\n"
                  "    from pkg import nothing\n"
                  "except ImportError as e:\n"
                  "    r.append(str(e).split(' (')[0])\n"
                  "try:\n"
                  "    import mod_a.x\n"
                  "except ModuleNotFoundError as e:\n"
                  "    r.append(str(e))\n"))
      << error();
  EXPECT_EQ(global("r"),
            "[\"cannot import name 'nothing' from 'pkg'\", "
            "\"No module named 'mod_a.x'; 'mod_a' is not a package\"]");
}

TEST_F(ImportTest, ModuleRunsOnce) {
  write("counted.py", "import sys\nsys.counter = getattr(sys, 'counter', 0) + 1\n");
  ASSERT_TRUE(run(prelude() + "import counted\nimport counted\nr = sys.counter\n")) << error();
  EXPECT_EQ(global("r"), "1");
}

}  // namespace
}  // namespace weft
